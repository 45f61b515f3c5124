#pragma once

#include "client/roadmap/ContentEditorPage.h"

class QListWidget;
class QPlainTextEdit;

namespace kp::client {

// Administration → "Offers": the upsells beside the roadmap (title, text, call to action,
// optional link, the stages at which each is shown), each a draft until published.
class UpsellsEditorPage : public ContentEditorPage {
    Q_OBJECT

public:
    explicit UpsellsEditorPage(ApiClient &api, QWidget *parent = nullptr);

    // Demo data (`--screenshot`): the offers, the stages to choose from, `select` in the form.
    void showDemo(const QList<UpsellContent> &upsells, const QList<StageContent> &stages, const QString &select = {});

protected:
    void fetch() override;
    void fill(const QString &id) override;
    void submit(bool publish) override;
    QString titleOf(const QString &id) const override;

private:
    void show(const QList<UpsellContent> &upsells, const QList<StageContent> &stages, const QString &select);
    UpsellContent read() const;

    QList<UpsellContent> m_upsells;
    FormField *m_title;
    QPlainTextEdit *m_text;
    FormField *m_cta;
    FormField *m_url;
    QListWidget *m_stages;
};

} // namespace kp::client
