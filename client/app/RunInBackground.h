#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace kp::client {

// Runs `work` in the thread pool (file reads, image decoding) and hands its result to `done`
// on the GUI thread, or not at all once `context` is gone: nothing on the GUI thread waits for
// the disk.
template <typename T> void runInBackground(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    QThreadPool::globalInstance()->start(
        [guard = QPointer<QObject>(context), work = std::move(work), done = std::move(done)] {
            // Back through the application object, which outlives any page; the guard is looked at
            // only there, on the thread where the page is destroyed.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done, result = work()] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
}

} // namespace kp::client
