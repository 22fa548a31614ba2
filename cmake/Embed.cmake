# Embeds data files (rule catalogue, JSON Schema) into the executable at build time, so ecslint
# needs no runtime files. Each call generates one .cpp defining
#   const std::span<const ecslint::EmbeddedFile> <SYMBOL>
# whose entries hold each file's base name and bytes, in sorted file-name order.
set(ECSLINT_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/EmbedFiles.cmake)

function(ecslint_embed_files SYMBOL OUTPUT)
  set(files ${ARGN})
  list(SORT files)
  string(REPLACE ";" "|" files_arg "${files}")
  add_custom_command(
    OUTPUT ${OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DSYMBOL=${SYMBOL} -DOUTPUT=${OUTPUT} "-DFILES=${files_arg}"
            -P ${ECSLINT_EMBED_SCRIPT}
    DEPENDS ${files} ${ECSLINT_EMBED_SCRIPT}
    COMMENT "Embedding ${SYMBOL}"
    VERBATIM)
endfunction()
