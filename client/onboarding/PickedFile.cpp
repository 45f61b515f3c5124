#include "client/onboarding/PickedFile.h"

#include "client/app/RunInBackground.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace kp::client {
namespace {

PickedFile readNow(const QString &path)
{
    PickedFile picked;
    const QFileInfo info(path);
    picked.name = info.fileName();
    if (info.size() > PickedFile::maxSize) {
        picked.error
            = PickedFile::tr("This file is %1; files of at most %2 can be uploaded.")
                  .arg(QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(PickedFile::maxSize));
        return picked;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        picked.error = PickedFile::tr("This file cannot be read: %1").arg(file.errorString());
        return picked;
    }
    picked.bytes = file.read(PickedFile::maxSize + 1);
    if (picked.bytes.isEmpty() || picked.bytes.size() > PickedFile::maxSize) {
        picked.error = picked.bytes.isEmpty() ? PickedFile::tr("This file is empty.")
                                              : PickedFile::tr("This file is larger than 20 MB.");
        picked.bytes.clear();
        return picked;
    }
    picked.contentType = QMimeDatabase().mimeTypeForFileNameAndData(picked.name, picked.bytes).name();
    return picked;
}

} // namespace

void PickedFile::read(const QString &path, QObject *context, std::function<void(const PickedFile &)> done)
{
    runInBackground<PickedFile>(
        context, [path] { return readNow(path); },
        [done = std::move(done)](const PickedFile &picked) { done(picked); });
}

} // namespace kp::client
