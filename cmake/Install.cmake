# What `cmake --install` installs, and the .deb `cpack -G DEB` builds from the same rules: the
# executable, the man page, bash, zsh and fish completions, and the license.
include(GNUInstallDirs)

install(TARGETS ecslint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES docs/ecslint.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
# bash-completion and fish read <prefix>/share for /usr and /usr/local alike.
install(FILES completions/ecslint.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME ecslint)
install(FILES completions/ecslint.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
# zsh differs: Debian's zsh reads /usr/share/zsh/vendor-completions (packages) and
# /usr/local/share/zsh/site-functions (local installs), so the directory depends on the prefix at
# install time (cpack installs under a staging directory ending in /usr).
install(CODE [[
  if(CMAKE_INSTALL_PREFIX MATCHES "/usr$")
    set(ecslint_zsh_dir "${CMAKE_INSTALL_PREFIX}/share/zsh/vendor-completions")
  else()
    set(ecslint_zsh_dir "${CMAKE_INSTALL_PREFIX}/share/zsh/site-functions")
  endif()
]])
install(CODE "file(INSTALL \"${PROJECT_SOURCE_DIR}/completions/_ecslint\" DESTINATION \"\${ecslint_zsh_dir}\")")

# cpack -G DEB: ecslint is linked statically (cmake/StaticLink.cmake), so it depends on nothing.
set(CPACK_PACKAGE_NAME ecslint)
set(CPACK_PACKAGE_VENDOR "The ecslint authors")
set(CPACK_PACKAGE_CONTACT "The ecslint authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${ECSLINT_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
find_program(ECSLINT_DPKG_SHLIBDEPS dpkg-shlibdeps)  # dpkg-dev; only a dynamic build needs it
if(ECSLINT_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
include(CPack)
