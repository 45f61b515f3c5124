#include "client/roadmap/StageNotice.h"

#include <QSettings>
#include <QUrl>

namespace kp::client::stagenotice {

QStringList newlyDone(const QString &server, const QString &accountId, const QList<RoadmapStage> &stages)
{
    // One key per server and account; percent-encoded, as QSettings reads '/' as a group separator.
    const auto key = QStringLiteral("roadmap/seenDone/")
        + QString::fromLatin1(QUrl::toPercentEncoding(server + QLatin1Char(' ') + accountId));
    QSettings settings;
    const bool visitedBefore = settings.contains(key);
    const auto seen = settings.value(key).toStringList();
    QStringList done;
    QStringList news;
    for (const auto &stage : stages) {
        if (!stage.isDone())
            continue;
        done.append(stage.id);
        if (visitedBefore && !seen.contains(stage.id))
            news.append(stage.title);
    }
    settings.setValue(key, done);
    return news;
}

} // namespace kp::client::stagenotice
