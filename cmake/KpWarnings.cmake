# kp_set_warnings(target): the project's one warning policy, applied to every target we own.
function(kp_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(KP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(KP_SANITIZE)
    # GCC 12 reports false "maybe-uninitialized" inside libstdc++'s std::regex once ASan
    # instruments it; the sanitizers themselves catch real uninitialised reads at run time.
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -Wno-maybe-uninitialized)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# kp_strict_strings(target): product code spells out every string conversion (QStringLiteral,
# QLatin1String, tr()), so no user-visible text slips past translation by accident.
function(kp_strict_strings target)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# kp_quick_test_code(target): test code (suites, their support and fakes) unoptimised with line
# tables only. It runs for seconds against code built normally, so -O2 and full debug info
# would only triple its compile time, CI's largest share; file:line in a failure stays.
function(kp_quick_test_code target)
  target_compile_options(${target} PRIVATE "$<$<NOT:$<CONFIG:Debug>>:-O0;-g1>")
endfunction()
