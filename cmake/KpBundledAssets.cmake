# Fonts and icons come from Debian packages (fonts-inter, adwaita-icon-theme) and are copied
# into the app's resources at build time, so the app looks the same on every desktop.
# Licences: Inter — SIL Open Font License 1.1; Adwaita icons — CC-BY-SA-3.0 or LGPL-3.

set(KP_INTER_DIR /usr/share/fonts/opentype/inter CACHE PATH "Where fonts-inter installs Inter")
set(KP_ADWAITA_DIR /usr/share/icons/Adwaita/scalable CACHE PATH "Where adwaita-icon-theme keeps its SVGs")

# kp_bundle_fonts(target WEIGHTS...): adds Inter-<weight>.otf under :/fonts/.
function(kp_bundle_fonts target)
  set(files)
  foreach(weight IN LISTS ARGN)
    set(source ${KP_INTER_DIR}/Inter-${weight}.otf)
    if(NOT EXISTS ${source})
      message(FATAL_ERROR "Missing ${source}: install the Debian package fonts-inter")
    endif()
    configure_file(${source} ${CMAKE_CURRENT_BINARY_DIR}/fonts/Inter-${weight}.otf COPYONLY)
    list(APPEND files ${CMAKE_CURRENT_BINARY_DIR}/fonts/Inter-${weight}.otf)
  endforeach()
  qt_add_resources(${target} bundled_fonts PREFIX /fonts BASE ${CMAKE_CURRENT_BINARY_DIR}/fonts FILES ${files})
endfunction()

# kp_bundle_icons(target NAMES...): adds Adwaita's "<name>-symbolic.svg" as :/icons/<name>.svg.
function(kp_bundle_icons target)
  set(files)
  foreach(name IN LISTS ARGN)
    file(GLOB source ${KP_ADWAITA_DIR}/*/${name}-symbolic.svg)
    if(NOT source)
      message(FATAL_ERROR "Missing icon ${name}: install the Debian package adwaita-icon-theme")
    endif()
    list(GET source 0 source)
    configure_file(${source} ${CMAKE_CURRENT_BINARY_DIR}/icons/${name}.svg COPYONLY)
    list(APPEND files ${CMAKE_CURRENT_BINARY_DIR}/icons/${name}.svg)
  endforeach()
  qt_add_resources(${target} bundled_icons PREFIX /icons BASE ${CMAKE_CURRENT_BINARY_DIR}/icons FILES ${files})
endfunction()
