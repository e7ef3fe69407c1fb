#include "commands/decode_qr_files.h"

#include <stb_image.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/qr_decoder.h"

namespace kiosk {

int decodeQrFiles(const std::vector<std::string>& files, std::ostream& out) {
    int status = 0;
    for (const std::string& file : files) {
        nlohmann::json line{{"file", file}, {"text", nullptr}};
        int width = 0;
        int height = 0;
        int channels = 0;
        std::unique_ptr<unsigned char, void (*)(void*)> pixels(stbi_load(file.c_str(), &width, &height, &channels, 1),
                                                               stbi_image_free);
        if (!pixels) {
            line["error"] = std::string("not an image that can be read: ") + stbi_failure_reason();
            status = 1;
        } else {
            const auto start = std::chrono::steady_clock::now();
            const auto text = core::decodeQr({pixels.get(), width, height, width, 1});
            line["ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            if (text) line["text"] = *text;
        }
        // A code may hold bytes that are not UTF-8: they print as U+FFFD rather than end the run.
        out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    return status;
}

}  // namespace kiosk
