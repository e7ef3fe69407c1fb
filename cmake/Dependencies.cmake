# All dependencies come from Debian 12 packages (scripts/setup installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(OpenGL REQUIRED)
find_package(spdlog REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(CURL REQUIRED)    # HTTPS to the platform (libcurl4-openssl-dev)
find_package(ZXing REQUIRED)   # QR codes: written on receipts (and read from the camera, later)
find_package(pugixml REQUIRED)  # Open311 answers in XML, when the config selects it (libpugixml-dev)
find_package(OpenSSL REQUIRED)  # libcrypto: hashes for the outbox's tracking check (and TLS later)

# Debian's Dear ImGui 1.86 has no CMake config; its pkg-config adds -lstb (the system stb).
# The static libimgui.a contains the GLFW and OpenGL3 backends.
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
# sd_notify: tell systemd the kiosk is up and its frame loop alive (the watchdog)
pkg_check_modules(SYSTEMD REQUIRED IMPORTED_TARGET libsystemd)
# ImGui's FreeType font builder (inside libimgui.a) needs libfreetype.
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)

# toml++ (libtomlplusplus-dev) is header-only with a pkg-config file.
pkg_check_modules(TOMLPP REQUIRED IMPORTED_TARGET tomlplusplus)

# The camera: GStreamer with its app library (appsink); plugins come from gstreamer1.0-plugins-*.
pkg_check_modules(GST REQUIRED IMPORTED_TARGET gstreamer-1.0 gstreamer-app-1.0)

# stb (libstb-dev, the one ImGui links): the case photos' JPEG writer and scaler.
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)

# The imgui and stb include directories hold headers we do not own: mark them SYSTEM so
# -Werror applies only to our code.
get_target_property(_imgui_inc PkgConfig::IMGUI INTERFACE_INCLUDE_DIRECTORIES)
set_target_properties(PkgConfig::IMGUI PROPERTIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_imgui_inc}")
get_target_property(_stb_inc PkgConfig::STB INTERFACE_INCLUDE_DIRECTORIES)
set_target_properties(PkgConfig::STB PROPERTIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_stb_inc}")
# libimgui.a is static: FreeType must come after it on the link line, so it hangs off the imgui target.
set_property(TARGET PkgConfig::IMGUI APPEND PROPERTY INTERFACE_LINK_LIBRARIES PkgConfig::FREETYPE)
