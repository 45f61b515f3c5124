#pragma once

#include "client/api/RequestScope.h"
#include "client/roadmap/RoadmapApi.h"

#include <QMap>
#include <QWidget>

#include <algorithm>
#include <functional>

class QComboBox;
class QFormLayout;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace kp::client {

class Banner;
class FormField;
class PageHeader;
class StatePanel;

// An admin editor of one kind of roadmap content (stages or upsells; API.md "Content
// management"): the list on the left with each item's state (draft or published), the form on
// the right with "Als Entwurf speichern", "Veröffentlichen" and a confirmed "Löschen". What the
// server refuses stays typed; its field problems show under their fields. A subclass builds the
// form with the add…() helpers and carries out fetch(), fill() and submit().
class ContentEditorPage : public QWidget {
    Q_OBJECT

public:
    struct Entry {
        QString id;
        QString title;
        bool published = false;
        QDateTime updatedAt;
    };

    void reload();
    // Shows the item `id` in the form (empty: a new one).
    void select(const QString &id);
    QString selectedId() const { return m_selected; }
    // The kind as in the content routes ("stages", "upsells").
    const QString &kind() const { return m_kind; }

protected:
    ContentEditorPage(ApiClient &api, const QString &kind, const QString &title, const QString &subtitle,
                      const QString &addLabel, QWidget *parent = nullptr);

    // Form helpers; `key` is the field's name in the API (its problems show under it), and names
    // the input "<kind>_<key>".
    FormField *addLine(const QString &key, const QString &label);
    QPlainTextEdit *addText(const QString &key, const QString &label);
    QComboBox *addChoice(const QString &key, const QString &label, const QList<std::pair<QString, QString>> &choices);
    QSpinBox *addNumber(const QString &key, const QString &label);
    QListWidget *addChecks(const QString &key, const QString &label);
    static void setChoice(QComboBox *box, const QString &value);
    static void setChecked(QListWidget *list, const QStringList &ids);
    static QStringList checked(const QListWidget *list);

    // The list as the server holds it; `select` is shown in the form (empty: the first).
    void setEntries(const QList<Entry> &entries, const QString &select = {});
    void showLoadError(const ApiError &error);
    // An item was saved (and published): the list and the form show the server's copy.
    void showSaved(const Entry &entry, bool published);
    void showFailed(const QString &what, const ApiError &error);
    void clearProblems();

    virtual void fetch() = 0;
    virtual void fill(const QString &id) = 0;
    virtual void submit(bool publish) = 0;
    virtual QString titleOf(const QString &id) const = 0;

    // Replaces the item with `item`'s id in `items`, or adds it.
    template <typename T> static void keep(QList<T> &items, const T &item)
    {
        const auto found
            = std::find_if(items.begin(), items.end(), [&item](const T &known) { return known.id == item.id; });
        if (found == items.end())
            items.append(item);
        else
            *found = item;
    }
    template <typename T> static const T *findIn(const QList<T> &items, const QString &id)
    {
        const auto found = std::find_if(items.begin(), items.end(), [&id](const T &known) { return known.id == id; });
        return found == items.end() ? nullptr : &*found;
    }
    // Saves with `save`, then (with `publish`) publishes with `publishOne`; the list shows the
    // server's copy, a refusal its reasons.
    template <typename T, typename Save, typename Publish>
    void saveThenPublish(const T &item, bool publish, Save save, Publish publishOne,
                         const std::function<void(const T &)> &remember, const QString &fallbackTitle)
    {
        const auto failed = [this, title = item.title.isEmpty() ? fallbackTitle : item.title](const ApiError &error) {
            showFailed(tr("“%1” could not be saved").arg(title), error);
        };
        save(item)
            .onSuccess(this,
                       [this, publish, failed, publishOne, remember](const T &saved) {
                           remember(saved);
                           if (!publish)
                               return showSaved({saved.id, saved.title, saved.isPublished(), saved.updatedAt}, false);
                           publishOne(saved.id)
                               .onSuccess(
                                   this,
                                   [this, remember](const T &published) {
                                       remember(published);
                                       showSaved({published.id, published.title, true, published.updatedAt}, true);
                                   })
                               .onFailure(this, [this, saved, failed](const ApiError &error) {
                                   // Saved as a draft at least: the next attempt changes it, not a new one.
                                   showSaved({saved.id, saved.title, saved.isPublished(), saved.updatedAt}, false);
                                   failed(error);
                               });
                       })
            .onFailure(this, failed);
    }

    RoadmapApi m_api;
    RequestScope m_loads;

private:
    QWidget *labelled(const QString &key, const QString &label, QWidget *input);
    void confirmRemove();

    QString m_kind;
    PageHeader *m_header;
    Banner *m_banner;
    StatePanel *m_state;
    QWidget *m_content;
    QListWidget *m_list;
    QVBoxLayout *m_form;
    QPushButton *m_remove;
    QPushButton *m_saveDraft;
    QPushButton *m_publish;
    QString m_selected;
    QList<Entry> m_entries;
    QMap<QString, std::function<void(const QString &)>> m_showProblem;
};

} // namespace kp::client
