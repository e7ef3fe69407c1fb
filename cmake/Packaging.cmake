# `cpack -G DEB` in the build folder (scripts/package): the kiosk, its assets, the reference
# config, the systemd unit, the man page, changelog and copyright, and the maintainer scripts.
# Installed layout: /usr/bin/kiosk, /usr/share/yidiantong-kiosk/assets, /lib/systemd/system; the
# kiosk finds them from where its binary is (kiosk_paths.cpp). /etc/yidiantong-kiosk/kiosk.toml
# is not in the package: postinst writes a short one on first install (the defaults live in the
# program), so no upgrade ever asks about a file the operator changed (docs/operator.md).
install(TARGETS kiosk RUNTIME DESTINATION usr/bin)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/ DESTINATION usr/share/yidiantong-kiosk/assets)
# Every key with its default and meaning, to copy settings from.
install(FILES ${CMAKE_SOURCE_DIR}/config/kiosk.toml DESTINATION usr/share/yidiantong-kiosk RENAME kiosk.toml.reference)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/yidiantong-kiosk.service DESTINATION lib/systemd/system)
install(PROGRAMS ${CMAKE_SOURCE_DIR}/packaging/kiosk-session DESTINATION usr/lib/yidiantong-kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/docs/operator.md ${CMAKE_SOURCE_DIR}/docs/configuration.md
              ${CMAKE_SOURCE_DIR}/docs/api.md ${CMAKE_SOURCE_DIR}/docs/security.md
              ${CMAKE_SOURCE_DIR}/packaging/copyright DESTINATION usr/share/doc/yidiantong-kiosk)

# The man page from the README's option table, and the changelog, compressed as Debian wants
# (gzip -9n: no name or time stamp, so the package builds the same twice). Built with the kiosk,
# so the package needs no more than the kiosk target.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(KIOSK_MANPAGE ${CMAKE_BINARY_DIR}/packaging/kiosk.1.gz)
set(KIOSK_CHANGELOG ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(
  OUTPUT ${KIOSK_MANPAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tools/make_manpage.py ${CMAKE_SOURCE_DIR}/README.md
          ${PROJECT_VERSION} ${CMAKE_BINARY_DIR}/packaging/kiosk.1
  COMMAND gzip -9nf ${CMAKE_BINARY_DIR}/packaging/kiosk.1
  DEPENDS ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/tools/make_manpage.py
  VERBATIM)
add_custom_command(
  OUTPUT ${KIOSK_CHANGELOG}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
  COMMAND sh -c "gzip -9n -c '${CMAKE_SOURCE_DIR}/packaging/changelog' > '${KIOSK_CHANGELOG}'"
  DEPENDS ${CMAKE_SOURCE_DIR}/packaging/changelog
  VERBATIM)
add_custom_target(kiosk_package_docs DEPENDS ${KIOSK_MANPAGE} ${KIOSK_CHANGELOG})
add_dependencies(kiosk kiosk_package_docs)
install(FILES ${KIOSK_MANPAGE} DESTINATION usr/share/man/man1)
install(FILES ${KIOSK_CHANGELOG} DESTINATION usr/share/doc/yidiantong-kiosk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME yidiantong-kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /)
set(CPACK_PACKAGE_CONTACT "Yidiantong Kiosk maintainers <kiosk@jdydt.example.cn>")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "监督一点通 service hall touchscreen kiosk
The touchscreen terminal that stands in community and street service halls for
the 监督一点通 micro-power supervision platform. Residents read public
disclosures (subsidy payouts, community finances, notices), report a problem
step by step, follow their case until it is closed and scan QR codes; when
idle it cycles announcements. It syncs with the platform over HTTPS (Open311
GeoReport v2) and keeps working offline. Runs as the yidiantong-kiosk service
in its own X session.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The shared libraries the binary links, found by dpkg-shlibdeps, plus what it runs and reads —
# and the two it opens at the first text read aloud (libespeak-ng1, libpcaudio0: not linked, so
# dpkg-shlibdeps cannot see them).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)  # the build has debug info; the kiosk machine needs none
# The display session is part of the package: the unit runs xinit on tty7 as the kiosk user
# (xserver-xorg-legacy lets a user who is not root start X on a console).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-noto-cjk, unicode-data, libespeak-ng1, libpcaudio0, espeak-ng-data, tegaki-zinnia-simplified-chinese, libgl1-mesa-dri, gstreamer1.0-plugins-good, gstreamer1.0-plugins-base, adduser, xinit, xserver-xorg-core, xserver-xorg-legacy, xserver-xorg-input-libinput")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_SOURCE_DIR}/packaging/postinst;${CMAKE_SOURCE_DIR}/packaging/prerm;${CMAKE_SOURCE_DIR}/packaging/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
