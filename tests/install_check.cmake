# Installs the build into PREFIX and checks that gd runs and its man page and
# completions are there.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${status}")
endif()
foreach(path bin/gd share/man/man1/gd.1.gz share/bash-completion/completions/gd
             share/zsh/vendor-completions/_gd share/fish/vendor_completions.d/gd.fish)
  if(NOT EXISTS "${PREFIX}/${path}")
    message(FATAL_ERROR "not installed: ${path}")
  endif()
endforeach()
execute_process(COMMAND "${PREFIX}/bin/gd" --version OUTPUT_VARIABLE version RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT version MATCHES "^gd [0-9]")
  message(FATAL_ERROR "installed gd --version: ${status} ${version}")
endif()
# The completion script loads in bash and completes an option's values.
execute_process(COMMAND bash -c "source '${PREFIX}/share/bash-completion/completions/gd'; \
COMP_WORDS=(gd --optimizer a); COMP_CWORD=2; _gd; echo \"\${COMPREPLY[*]}\""
                OUTPUT_VARIABLE completed RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT completed MATCHES "adagrad adam")
  message(FATAL_ERROR "bash completion: ${status} '${completed}'")
endif()
