#pragma once

#include "shared/Video.h"

#include <QDateTime>
#include <QWidget>

class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kp::client {

class Banner;
class PageHeader;
class StatePanel;
class VideoAdminSeriesSection;

// Administration → "Videos verwalten": every series as a section with its videos, drafts
// included, in the customers' order. The header's actions add a series or a video; each row
// publishes, edits or deletes its video, and dragging rows reorders a series. Loading, empty,
// error and offline (the cached copy, read-only) are designed states. A view only:
// VideoAdminController fetches and acts.
class VideoAdminPage : public QWidget {
    Q_OBJECT

public:
    explicit VideoAdminPage(QWidget *parent = nullptr);

    void showLoading();
    void showError(const QString &message);
    // The content as the server (or, offline, the cache as of `offlineAsOf`) holds it.
    void showContent(const QList<VideoSeries> &series, const QList<VideoContent> &videos,
                     const QDateTime &offlineAsOf = {});
    // A sentence that stays until read (failures) or a brief toast (done).
    void showProblem(const QString &message);
    void confirm(const QString &message);
    void clearProblem();

    VideoAdminSeriesSection *section(const QString &seriesId) const;
    bool isOffline() const { return m_offlineAsOf.isValid(); }

signals:
    void retryRequested();
    void addSeriesRequested();
    void addVideoRequested();
    void renameSeriesRequested(const kp::VideoSeries &series);
    void orderChanged(const QString &seriesId, const QStringList &order, const QStringList &previous);
    void publishRequested(const QString &id, bool publish);
    void editRequested(const QString &id);
    void removeRequested(const QString &id);

private:
    void clearSections();
    void setEditable(bool editable);

    PageHeader *m_header;
    QPushButton *m_addSeries;
    QPushButton *m_addVideo;
    Banner *m_banner;
    Banner *m_offline;
    StatePanel *m_state;
    QScrollArea *m_scroll;
    QVBoxLayout *m_sections;
    QDateTime m_offlineAsOf;
};

} // namespace kp::client
