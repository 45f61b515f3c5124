# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS, set in installer/CMakeLists.txt): runs after
# the components are staged, one folder per package, and fails the run if a package lacks its
# program, as when an install() is missing its COMPONENT. CPack would build it regardless.
foreach(kp_package IN LISTS CPACK_COMPONENTS_ALL)
  set(kp_program "${CPACK_KP_PROGRAM_${kp_package}}")
  if(NOT kp_program)
    continue()
  endif()
  set(kp_path "${CPACK_KP_BINDIR}/${kp_program}")
  if(NOT EXISTS "${CPACK_TEMPORARY_DIRECTORY}/${kp_package}${CPACK_PACKAGING_INSTALL_PREFIX}/${kp_path}")
    message(FATAL_ERROR "Package ${kp_package} lacks ${kp_path}: give its install() COMPONENT ${kp_package}")
  endif()
endforeach()
