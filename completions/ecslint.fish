# fish completion for ecslint. tests/test_packaging.cpp fails when `ecslint --help` prints a long
# option this file does not mention.
set -l commands rules explain docs lsp

complete -c ecslint -n "not __fish_seen_subcommand_from $commands" -a rules -d 'List every rule'
complete -c ecslint -n "not __fish_seen_subcommand_from $commands" -a explain -d "Print a rule's documentation"
complete -c ecslint -n "not __fish_seen_subcommand_from $commands" -a docs -d 'Write one Markdown page per rule'
complete -c ecslint -n "not __fish_seen_subcommand_from $commands" -a lsp -d 'Serve the Language Server Protocol on stdio'

complete -c ecslint -n "__fish_seen_subcommand_from rules" -s f -l format -x -a 'text json' -d 'List as a table or as JSON'
complete -c ecslint -n "__fish_seen_subcommand_from explain" -f -a "(ecslint rules 2>/dev/null | string match -r '^ECS[0-9]+')"
complete -c ecslint -n "__fish_seen_subcommand_from docs" -l output-dir -r -a '(__fish_complete_directories)' -d 'Directory to write the pages into'

set -l lint "not __fish_seen_subcommand_from $commands"
complete -c ecslint -n $lint -s f -l format -l output-format -x -a 'text concise sarif json github' -d 'Output format'
complete -c ecslint -n $lint -s o -l output -r -F -d 'Write the report to a file'
complete -c ecslint -n $lint -l stdin-filename -r -d "Name for '-' in reports"
complete -c ecslint -n $lint -l launch-type -x -a 'FARGATE EC2 EXTERNAL MANAGED_INSTANCES' -d 'Launch type when the file declares none'
complete -c ecslint -l lang -x -a 'en ja' -d 'Language of messages and rule pages'
complete -c ecslint -n $lint -l fail-on -x -a 'error warning note none' -d 'Lowest severity that makes the exit status 1'
complete -c ecslint -n $lint -l exit-zero -d 'Exit 0 even when there are findings'
complete -c ecslint -n $lint -l select -x -d 'Run only these rules (comma-separated)'
complete -c ecslint -n $lint -l ignore -x -d 'Do not run these rules (comma-separated)'
complete -c ecslint -n $lint -l color -x -a 'auto always never' -d 'Colour the text output'
complete -c ecslint -n $lint -l no-color -d 'Same as --color never'
complete -c ecslint -n $lint -l show-source -d 'Show the source line under each finding'
complete -c ecslint -n $lint -l no-show-source -d 'Never show source lines under findings'
complete -c ecslint -n $lint -l statistics -d 'Print the number of findings per rule instead'
complete -c ecslint -n $lint -s q -l quiet -d 'No summary line'
complete -c ecslint -n $lint -s v -l verbose -d 'Name the files a directory walk skipped'
complete -c ecslint -n $lint -l fix -d 'Apply the safe fixes in place'
complete -c ecslint -n $lint -l diff -d 'Print the safe fixes as a unified diff'
complete -c ecslint -n $lint -l config -r -F -d 'Configuration file for every input'
complete -c ecslint -n $lint -l registered-with -x -a 'aws-cli deploy-action' -d 'The tool that registers the files'
complete -c ecslint -n $lint -l baseline -r -F -d 'Report only findings not in this baseline file'
complete -c ecslint -n $lint -l write-baseline -r -F -d 'Record every current finding in this baseline file'
complete -c ecslint -n $lint -l sarif-root -x -a '(__fish_complete_directories)' -d 'SARIF paths are relative to this directory'
complete -c ecslint -n $lint -s j -l jobs -x -d 'Lint N files at once'
complete -c ecslint -n $lint -l skip-non-task-definitions -d 'Skip named files that are not task definitions'
complete -c ecslint -l version -d 'Print the version and commit'
complete -c ecslint -s h -l help -d 'Print help'
