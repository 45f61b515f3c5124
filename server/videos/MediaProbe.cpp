#include "server/videos/MediaProbe.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

namespace kp::server {
namespace {

// Guards against a crafted file sending the walk in circles or too deep.
constexpr int kMaxBoxes = 10000;

std::optional<quint64> readBigEndian(QFile &file, int bytes)
{
    char buffer[8] = {};
    if (file.read(buffer, bytes) != bytes)
        return std::nullopt;
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | static_cast<unsigned char>(buffer[i]);
    return value;
}

// ISO BMFF: the children of the range [begin, end) are boxes of {size32, type4[, size64]}.
// Returns the start of the payload of the first box of `type` and its end.
std::optional<std::pair<qint64, qint64>> findBox(QFile &file, qint64 begin, qint64 end, const char *type)
{
    qint64 at = begin;
    for (int boxes = 0; at + 8 <= end && boxes < kMaxBoxes; ++boxes) {
        if (!file.seek(at))
            return std::nullopt;
        const auto size32 = readBigEndian(file, 4);
        char name[4];
        if (!size32 || file.read(name, 4) != 4)
            return std::nullopt;
        qint64 header = 8;
        qint64 size = qint64(*size32);
        if (*size32 == 1) {
            const auto size64 = readBigEndian(file, 8);
            if (!size64 || *size64 > quint64(end - at))
                return std::nullopt;
            size = qint64(*size64);
            header = 16;
        } else if (*size32 == 0) {
            size = end - at;
        }
        if (size < header || at + size > end)
            return std::nullopt;
        if (std::memcmp(name, type, 4) == 0)
            return std::make_pair(at + header, at + size);
        at += size;
    }
    return std::nullopt;
}

std::optional<double> mp4Duration(QFile &file)
{
    const auto moov = findBox(file, 0, file.size(), "moov");
    if (!moov)
        return std::nullopt;
    const auto mvhd = findBox(file, moov->first, moov->second, "mvhd");
    if (!mvhd || !file.seek(mvhd->first))
        return std::nullopt;
    const auto version = readBigEndian(file, 4); // version and flags
    if (!version)
        return std::nullopt;
    const bool wide = (*version >> 24) == 1;
    if (!file.seek(mvhd->first + 4 + (wide ? 16 : 8)))
        return std::nullopt;
    const auto timescale = readBigEndian(file, 4);
    const auto duration = readBigEndian(file, wide ? 8 : 4);
    if (!timescale || !duration || *timescale == 0)
        return std::nullopt;
    return double(*duration) / double(*timescale);
}

// EBML (Matroska/WebM): element ids keep their length marker, sizes drop it.
struct Ebml {
    QFile &file;

    std::optional<quint64> vint(bool keepMarker, int *length = nullptr)
    {
        char first = 0;
        if (!file.getChar(&first))
            return std::nullopt;
        const auto lead = static_cast<unsigned char>(first);
        int bytes = 1;
        while (bytes <= 8 && !(lead & (0x80 >> (bytes - 1))))
            ++bytes;
        if (bytes > 8)
            return std::nullopt;
        quint64 value = keepMarker ? lead : (lead & (0xFF >> bytes));
        for (int i = 1; i < bytes; ++i) {
            char next = 0;
            if (!file.getChar(&next))
                return std::nullopt;
            value = (value << 8) | static_cast<unsigned char>(next);
        }
        if (length)
            *length = bytes;
        return value;
    }

    // An element's id and size; size is nullopt for "unknown" (all ones), allowed for a segment.
    bool element(quint64 &id, std::optional<quint64> &size)
    {
        const auto readId = vint(true);
        int length = 0;
        const auto readSize = vint(false, &length);
        if (!readId || !readSize)
            return false;
        id = *readId;
        const quint64 unknown = (quint64(1) << (7 * length)) - 1;
        size = *readSize == unknown ? std::nullopt : std::optional<quint64>(*readSize);
        return true;
    }
};

constexpr quint64 kEbmlHeader = 0x1A45DFA3;
constexpr quint64 kDocType = 0x4282;
constexpr quint64 kSegment = 0x18538067;
constexpr quint64 kInfo = 0x1549A966;
constexpr quint64 kCluster = 0x1F43B675;
constexpr quint64 kTimecodeScale = 0x2AD7B1;
constexpr quint64 kDuration = 0x4489;

bool isWebm(QFile &file, Ebml &ebml)
{
    quint64 id = 0;
    std::optional<quint64> size;
    if (!file.seek(0) || !ebml.element(id, size) || id != kEbmlHeader || !size || *size > 4096)
        return false;
    const auto end = file.pos() + qint64(*size);
    bool webm = false;
    while (file.pos() < end) {
        if (!ebml.element(id, size) || !size || file.pos() + qint64(*size) > end)
            return false;
        const auto value = file.read(qint64(*size));
        webm = webm || (id == kDocType && value == "webm");
    }
    // Leaves the file at the segment, where webmDuration goes on.
    return webm && file.pos() == end;
}

std::optional<double> webmDuration(QFile &file, Ebml &ebml)
{
    quint64 id = 0;
    std::optional<quint64> size;
    if (!ebml.element(id, size) || id != kSegment)
        return std::nullopt;
    for (int elements = 0; elements < kMaxBoxes && !file.atEnd(); ++elements) {
        if (!ebml.element(id, size) || !size || id == kCluster)
            return std::nullopt;
        if (id != kInfo) {
            file.seek(file.pos() + qint64(*size));
            continue;
        }
        const auto end = file.pos() + qint64(*size);
        double scale = 1000000; // nanoseconds per tick, Matroska's default
        std::optional<double> ticks;
        while (file.pos() < end) {
            if (!ebml.element(id, size) || !size || file.pos() + qint64(*size) > end)
                return std::nullopt;
            if (*size > 8) { // a title or the muxer's name: not ours
                file.seek(file.pos() + qint64(*size));
                continue;
            }
            const auto bytes = file.read(qint64(*size));
            if (id == kTimecodeScale) {
                quint64 value = 0;
                for (const char byte : bytes)
                    value = (value << 8) | static_cast<unsigned char>(byte);
                scale = double(value);
            } else if (id == kDuration && bytes.size() == 4) {
                ticks = double(qFromBigEndian<float>(bytes.constData()));
            } else if (id == kDuration && bytes.size() == 8) {
                ticks = qFromBigEndian<double>(bytes.constData());
            }
        }
        if (!ticks)
            return std::nullopt;
        return *ticks * scale / 1e9;
    }
    return std::nullopt;
}

} // namespace

std::optional<MediaInfo> MediaProbe::probe(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<MediaInfo> info;
    const auto head = file.peek(12);
    Ebml ebml {file};
    if (head.size() == 12 && head.mid(4, 4) == "ftyp") {
        if (const auto duration = mp4Duration(file))
            info = MediaInfo {QStringLiteral("video/mp4"), QStringLiteral("mp4"), *duration};
    } else if (isWebm(file, ebml)) {
        if (const auto duration = webmDuration(file, ebml))
            info = MediaInfo {QStringLiteral("video/webm"), QStringLiteral("webm"), *duration};
    }
    if (info && !(info->durationS > 0 && info->durationS < 100 * 3600))
        return std::nullopt;
    return info;
}

QString MediaProbe::imageType(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

} // namespace kp::server
