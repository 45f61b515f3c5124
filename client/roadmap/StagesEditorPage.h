#pragma once

#include "client/roadmap/ContentEditorPage.h"

class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace kp::client {

// Administration → "Stages": the roadmap's stages (title, description, what happens while it is
// current, position, who acts, what completes it, the checklist items tied to it), each a draft
// until published.
class StagesEditorPage : public ContentEditorPage {
    Q_OBJECT

public:
    explicit StagesEditorPage(ApiClient &api, QWidget *parent = nullptr);

    // Demo data (`--screenshot`), `select` in the form.
    void showDemo(const QList<StageContent> &stages, const QString &select = {});
    static Entry entryOf(const StageContent &stage);

protected:
    void fetch() override;
    void fill(const QString &id) override;
    void submit(bool publish) override;
    QString titleOf(const QString &id) const override;

private:
    StageContent read() const;

    QList<StageContent> m_stages;
    FormField *m_title;
    QPlainTextEdit *m_description;
    FormField *m_nowText;
    QSpinBox *m_position;
    QComboBox *m_actor;
    QComboBox *m_completesBy;
    FormField *m_itemIds;
};

} // namespace kp::client
