#include "client/onboarding/CustomerAnswerRow.h"

#include "client/onboarding/AnswerText.h"
#include "client/widgets/SecondaryLabel.h"
#include "client/widgets/Theme.h"
#include "shared/ChecklistValidation.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {
namespace {

// The labels take the same width in every section, so the answers form one column.
constexpr int kLabelWidth = 300;

QLabel *badge(const QString &text, const QString &tone)
{
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("badge"));
    label->setProperty("tone", tone);
    return label;
}

} // namespace

CustomerAnswerRow::CustomerAnswerRow(const ChecklistItem &item, const QJsonValue &value, const ChecklistFile *file,
                                     QWidget *parent)
    : QWidget(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("answerRow_") + item.id);
    auto *label = new QLabel(item.label);
    label->setProperty("role", QStringLiteral("fieldLabel"));
    label->setWordWrap(true);
    auto *labelColumn = new QVBoxLayout;
    labelColumn->setSpacing(2);
    labelColumn->addWidget(label);
    const auto owner = item.answeredByCustomer()
        ? (item.required ? tr("Required, by the customer") : tr("Optional, by the customer"))
        : tr("Done by the agency");
    auto *caption = new QLabel(owner);
    caption->setProperty("role", QStringLiteral("caption"));
    labelColumn->addWidget(caption);
    auto *labelBox = new QWidget;
    labelBox->setFixedWidth(kLabelWidth);
    labelBox->setLayout(labelColumn);
    labelColumn->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::xl);
    layout->addWidget(labelBox, 0, Qt::AlignTop);
    layout->addWidget(item.answeredByCustomer() ? buildAnswer(value, file) : buildAgencyTick(value), 1);
}

QWidget *CustomerAnswerRow::buildAnswer(const QJsonValue &value, const ChecklistFile *file)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::m);
    m_missing = m_item.required && validation::checkRequiredAnswer(m_item, value).has_value();
    const auto text = AnswerText::of(m_item, value, file);
    auto *answer = new QLabel;
    answer->setObjectName(QStringLiteral("answer_") + m_item.id);
    answer->setWordWrap(true);
    answer->setTextFormat(Qt::RichText);
    answer->setOpenExternalLinks(true);
    answer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    if (text.isEmpty()) {
        answer->setText(tr("Not answered"));
        answer->setProperty("role", QStringLiteral("secondary"));
    } else {
        answer->setText(text);
    }
    layout->addWidget(answer, 1);
    if (m_missing) {
        auto *missing = badge(tr("Missing"), QStringLiteral("danger"));
        missing->setObjectName(QStringLiteral("answerMissing_") + m_item.id);
        layout->addWidget(missing, 0, Qt::AlignTop);
    }
    if (file) {
        m_download = new QPushButton(theme::icon(QStringLiteral("document-save")), tr("Download"));
        m_download->setObjectName(QStringLiteral("answerDownload_") + m_item.id);
        connect(m_download, &QPushButton::clicked, this,
                [this, name = file->name] { emit downloadRequested(m_item.id, name); });
        layout->addWidget(m_download, 0, Qt::AlignTop);
    }
    return box;
}

QWidget *CustomerAnswerRow::buildAgencyTick(const QJsonValue &value)
{
    m_tick = new QCheckBox(tr("Done"));
    m_tick->setObjectName(QStringLiteral("answerTick_") + m_item.id);
    m_tick->setChecked(value.toBool());
    connect(m_tick, &QCheckBox::clicked, this, [this](bool checked) { emit tickRequested(m_item.id, checked); });
    return m_tick;
}

void CustomerAnswerRow::setDone(bool done)
{
    if (m_tick)
        m_tick->setChecked(done);
}

void CustomerAnswerRow::setTickBusy(bool busy)
{
    if (m_tick)
        m_tick->setEnabled(!busy);
}

void CustomerAnswerRow::setDownloadBusy(bool busy)
{
    if (!m_download)
        return;
    m_download->setEnabled(!busy);
    m_download->setText(busy ? tr("Downloading …") : tr("Download"));
}

} // namespace kp::client
