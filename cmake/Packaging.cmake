# `cpack -G DEB` in the build folder (scripts/package): the kiosk, its assets, the config as a
# conffile (an upgrade keeps the operator's settings) and the systemd unit.
# Installed layout: /usr/bin/kiosk, /usr/share/yidiantong-kiosk/assets, /etc/yidiantong-kiosk,
# /lib/systemd/system; the kiosk finds them from where its binary is (kiosk_paths.cpp).
install(TARGETS kiosk RUNTIME DESTINATION usr/bin)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/ DESTINATION usr/share/yidiantong-kiosk/assets)
install(FILES ${CMAKE_SOURCE_DIR}/config/kiosk.toml DESTINATION etc/yidiantong-kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/yidiantong-kiosk.service DESTINATION lib/systemd/system)
install(FILES ${CMAKE_SOURCE_DIR}/docs/operator.md ${CMAKE_SOURCE_DIR}/docs/configuration.md
        DESTINATION usr/share/doc/yidiantong-kiosk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME yidiantong-kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /)
set(CPACK_PACKAGE_CONTACT "Yidiantong Kiosk maintainers <kiosk@jdydt.example.cn>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "监督一点通 service hall touchscreen kiosk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The shared libraries the binary links, found by dpkg-shlibdeps, plus what it runs and reads.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)  # the build has debug info; the kiosk machine needs none
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-noto-cjk, unicode-data, espeak-ng-data, tegaki-zinnia-simplified-chinese, libgl1-mesa-dri, gstreamer1.0-plugins-good, gstreamer1.0-plugins-base, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xinit, xserver-xorg-core, xserver-xorg-input-libinput")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${CMAKE_SOURCE_DIR}/packaging/postinst;${CMAKE_SOURCE_DIR}/packaging/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
