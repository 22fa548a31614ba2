# bash completion for ecslint. tests/test_packaging.cpp fails when `ecslint --help` prints a long
# option this file does not mention.
_ecslint() {
  local cur prev
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}

  case $prev in
    -f | --format | --output-format)
      if [[ ${COMP_WORDS[1]} == rules ]]; then
        mapfile -t COMPREPLY < <(compgen -W 'text json' -- "$cur")
      else
        mapfile -t COMPREPLY < <(compgen -W 'text concise sarif json github' -- "$cur")
      fi
      return ;;
    --launch-type)
      mapfile -t COMPREPLY < <(compgen -W 'FARGATE EC2 EXTERNAL MANAGED_INSTANCES' -- "$cur")
      return ;;
    --fail-on)
      mapfile -t COMPREPLY < <(compgen -W 'error warning note none' -- "$cur")
      return ;;
    --lang)
      mapfile -t COMPREPLY < <(compgen -W 'en ja' -- "$cur")
      return ;;
    --color)
      mapfile -t COMPREPLY < <(compgen -W 'auto always never' -- "$cur")
      return ;;
    --registered-with)
      mapfile -t COMPREPLY < <(compgen -W 'aws-cli deploy-action' -- "$cur")
      return ;;
    -o | --output | --config | --baseline | --write-baseline)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return ;;
    --output-dir | --sarif-root)
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      return ;;
    --stdin-filename | --select | --ignore | -j | --jobs)
      return ;;
    explain)
      mapfile -t COMPREPLY < <(compgen -W "$(ecslint rules 2>/dev/null | awk '/^ECS[0-9]/ { print $1 }')" -- "$cur")
      return ;;
  esac

  case ${COMP_WORDS[1]} in
    rules)
      mapfile -t COMPREPLY < <(compgen -W '--format --help' -- "$cur")
      return ;;
    explain | lsp) return ;;
    docs)
      mapfile -t COMPREPLY < <(compgen -W '--output-dir --help' -- "$cur")
      return ;;
  esac

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W '--format --output-format --output --stdin-filename
      --launch-type --lang --fail-on --exit-zero --select --ignore --color --no-color --show-source
      --no-show-source --statistics --quiet --verbose --fix --diff --config --registered-with
      --baseline --write-baseline --sarif-root --jobs --skip-non-task-definitions --version
      --help' -- "$cur")
  elif ((COMP_CWORD == 1)); then
    mapfile -t COMPREPLY < <(compgen -W 'rules explain docs lsp' -- "$cur")
    mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}
complete -o filenames -F _ecslint ecslint
