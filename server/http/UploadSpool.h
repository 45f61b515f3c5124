#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace kp::server {

// The body of a streamed upload on its way to disk: a new file (0600) in the server's upload
// folder (<data_dir>/tmp, 0700), written by the connection loop as bytes arrive, handed to the
// route's handler when complete. Whatever happens (the client goes away, the read timeout, a
// refusal, a handler that throws or does not take the file), destroying the spool removes
// the file; a handler keeps it only by renaming it elsewhere first.
class UploadSpool {
public:
    // Makes the folder (0700) and removes what a crash left in it. Throws std::runtime_error.
    static void prepareFolder(const std::string &folder);
    // A new empty file in `folder`; nullptr (after logging why) when it cannot be made.
    static std::unique_ptr<UploadSpool> create(const std::string &folder, std::size_t expectedBytes);

    ~UploadSpool();
    UploadSpool(const UploadSpool &) = delete;
    UploadSpool &operator=(const UploadSpool &) = delete;

    // False when the disk refused (full, I/O error).
    bool append(const char *data, std::size_t size);
    // Closes the file for writing; the bytes are all there.
    void finish();

    const std::string &path() const { return m_path; }
    std::size_t size() const { return m_size; }
    std::size_t expected() const { return m_expected; }
    std::size_t missing() const { return m_expected - m_size; }

private:
    UploadSpool(int fd, std::string path, std::size_t expectedBytes);

    int m_fd;
    std::string m_path;
    std::size_t m_size = 0;
    std::size_t m_expected;
};

} // namespace kp::server
