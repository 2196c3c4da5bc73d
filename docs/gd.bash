# bash completion for gd(1). Installed by `cmake --install` into
# share/bash-completion/completions/gd; or: source docs/gd.bash
_gd() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  case $prev in
    --format) COMPREPLY=($(compgen -W "auto text csv tsv jsonl none" -- "$cur")); return ;;
    --plot) COMPREPLY=($(compgen -W "line path classic none line,path path,line" -- "$cur")); return ;;
    --charset) COMPREPLY=($(compgen -W "braille block ascii" -- "$cur")); return ;;
    --color|--progress) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --log-y) COMPREPLY=($(compgen -W "auto on off" -- "$cur")); return ;;
    --optimizer) COMPREPLY=($(compgen -W "sgd momentum nesterov adagrad rmsprop adam" -- "$cur")); return ;;
    --grad) COMPREPLY=($(compgen -W "central forward backward five-point" -- "$cur")); return ;;
    --line-search) COMPREPLY=($(compgen -W "none armijo" -- "$cur")); return ;;
    --h) COMPREPLY=($(compgen -W "auto" -- "$cur")); return ;;
    --config|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --expr)
      if [[ $cur == @* ]]; then
        COMPREPLY=($(compgen -f -- "${cur#@}")); COMPREPLY=("${COMPREPLY[@]/#/@}")
      fi
      return ;;
    --start|--lr|--steps|--vars|--define|--plot-width|--plot-height|--xlim|--ylim|--plot-vars|\
    --momentum|--decay|--beta1|--beta2|--eps|--tol-grad|--tol-f|--tol-x|--target|--max-evals|\
    --max-time|--every)
      return ;;
  esac
  COMPREPLY=($(compgen -W "--expr --start --optimizer --lr --momentum --decay --beta1 --beta2
    --eps --line-search --steps --grad --h --tol-grad --tol-f --tol-x --target --max-evals
    --max-time --vars --define --format --plot --plot-width --plot-height --charset --color
    --log-y --xlim --ylim --plot-vars --watch --output --every --no-header --summary --progress
    --config --help --version" -- "$cur"))
}
complete -F _gd gd
