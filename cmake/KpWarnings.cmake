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

# kp_precompile(target core|widgets): the Qt and standard headers nearly every file of the target
# includes, parsed once per target instead of once per file (about half of each file's compile
# time, measured on client files). A short list on purpose: the whole of <QtWidgets> makes a
# precompiled header twice the size that loads slower than it saves. Off with -DKP_PCH=OFF.
function(kp_precompile target level)
  if(NOT KP_PCH)
    return()
  endif()
  set(headers <QObject> <QString> <QStringList> <QList> <QHash> <QMap> <QDateTime> <QJsonObject>
              <QJsonArray> <QJsonValue> <QJsonDocument> <QPointer> <functional> <memory> <optional> <vector>)
  if(level STREQUAL "widgets")
    list(APPEND headers <QWidget> <QLabel> <QPushButton> <QLineEdit> <QBoxLayout> <QDialog> <QFrame>
                        <QNetworkReply>)
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# kp_unity_build(target): the library's sources compiled a dozen at a time, one translation unit
# per batch, so the Qt headers are parsed once per batch instead of once per file (about a third
# of a clean build's compile time). File-local names must then differ between the files of a
# library: two helpers of one name are one helper too many anyway. Tests and fakes are one file
# per executable and stay as they are. scripts/tidy-changed.sh reads each batch's files back out
# of compile_commands.json. Off with -DKP_UNITY=OFF (e.g. for an editor that wants one entry per file).
function(kp_unity_build target)
  if(KP_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 12)
  endif()
endfunction()
