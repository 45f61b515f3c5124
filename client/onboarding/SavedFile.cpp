#include "client/onboarding/SavedFile.h"

#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

namespace kp::client {
namespace {

QString writeNow(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return SavedFile::tr("The file could not be saved: %1").arg(file.errorString());
    return {};
}

} // namespace

void SavedFile::write(const QString &path, const QByteArray &bytes, QObject *context,
                      std::function<void(const QString &error)> done)
{
    QThreadPool::globalInstance()->start([path, bytes, guard = QPointer<QObject>(context), done = std::move(done)] {
        // Back on the GUI thread through the application object, which outlives any page.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, error = writeNow(path, bytes)] {
                if (guard)
                    done(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace kp::client
