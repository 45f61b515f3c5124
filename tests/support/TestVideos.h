#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QtEndian>

// Videos for tests, made at test time: nothing binary lives in git.
namespace testvideos {

// The smallest file the server takes as an MP4 of `seconds`: an "ftyp" box, a "moov" box with
// a version-0 movie header (time scale 1000), and an "mdat" box of `payloadBytes` zeros, so a
// test can have a "video" of any length and size without encoding one.
inline QByteArray syntheticMp4(double seconds, qint64 payloadBytes = 4096)
{
    const auto box = [](const char *type, const QByteArray &payload) {
        QByteArray size(4, '\0');
        qToBigEndian<quint32>(quint32(payload.size() + 8), size.data());
        return size + QByteArray(type, 4) + payload;
    };
    const auto be32 = [](quint32 value) {
        QByteArray bytes(4, '\0');
        qToBigEndian<quint32>(value, bytes.data());
        return bytes;
    };
    const auto ftyp = box("ftyp", QByteArray("isom") + be32(512) + QByteArray("isomiso2mp41"));
    QByteArray mvhd = be32(0) + be32(0) + be32(0) + be32(1000) + be32(quint32(seconds * 1000));
    mvhd += QByteArray(80, '\0'); // rate, volume, matrix, next track id: not read
    return ftyp + box("moov", box("mvhd", mvhd)) + box("mdat", QByteArray(payloadBytes, '\0'));
}

// A real H.264/AAC MP4 (or VP8 WebM) of `seconds` made by ffmpeg's test sources; false when
// ffmpeg is missing or fails.
inline bool encode(const QString &path, int seconds, bool webm = false)
{
    const auto ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        return false;
    QStringList arguments {QStringLiteral("-loglevel"),
                           QStringLiteral("error"),
                           QStringLiteral("-y"),
                           QStringLiteral("-f"),
                           QStringLiteral("lavfi"),
                           QStringLiteral("-i"),
                           QStringLiteral("testsrc=size=320x180:rate=25"),
                           QStringLiteral("-f"),
                           QStringLiteral("lavfi"),
                           QStringLiteral("-i"),
                           QStringLiteral("sine=frequency=440"),
                           QStringLiteral("-t"),
                           QString::number(seconds)};
    if (webm)
        arguments << QStringLiteral("-c:v") << QStringLiteral("libvpx") << QStringLiteral("-c:a")
                  << QStringLiteral("libvorbis");
    else
        arguments << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt")
                  << QStringLiteral("yuv420p") << QStringLiteral("-c:a") << QStringLiteral("aac");
    arguments << QStringLiteral("-shortest") << path;
    QProcess process;
    process.start(ffmpeg, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace testvideos
