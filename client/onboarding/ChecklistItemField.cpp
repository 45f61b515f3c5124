#include "client/onboarding/ChecklistItemField.h"

#include "client/widgets/SecondaryLabel.h"
#include "client/widgets/Theme.h"
#include "shared/ChecklistValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

namespace v = validation;

namespace {

// The label with the required mark in the danger colour (a red asterisk, as forms do).
QString labelText(const ChecklistItem &item)
{
    auto label = item.label.toHtmlEscaped();
    if (!item.required || !item.answeredByCustomer())
        return label;
    return QStringLiteral("%1 <span style=\"color:%2\">*</span>").arg(label, theme::colors().danger.name());
}

} // namespace

ChecklistItemField::ChecklistItemField(const ChecklistItem &item, QWidget *parent)
    : QWidget(parent)
    , m_item(item)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("checklistField_") + item.id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::xs + 2);
    auto *label = new QLabel(labelText(item));
    label->setTextFormat(Qt::RichText);
    label->setProperty("role", QStringLiteral("fieldLabel"));
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!item.help.isEmpty())
        layout->addWidget(makeSecondaryLabel(item.help));
    layout->addWidget(buildInput());
    label->setBuddy(m_input);
    m_error->setObjectName(QStringLiteral("checklistError_") + item.id);
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
}

QWidget *ChecklistItemField::buildInput()
{
    if (!m_item.answeredByCustomer())
        return buildAgencyState();
    switch (m_item.type) {
    case ChecklistItemType::Checkbox:
        m_check = new QCheckBox(tr("Done"));
        m_input = m_check;
        connect(m_check, &QCheckBox::toggled, this, [this] {
            setError({});
            emit edited(true);
        });
        break;
    case ChecklistItemType::Choice:
        return buildChoiceInput();
    case ChecklistItemType::File:
        return buildFileInput();
    case ChecklistItemType::Text:
    case ChecklistItemType::Url:
    case ChecklistItemType::Date:
        return buildTextInput();
    }
    m_input->setObjectName(QStringLiteral("checklistItem_") + m_item.id);
    return m_input;
}

QWidget *ChecklistItemField::buildTextInput()
{
    m_line = new QLineEdit;
    m_line->setObjectName(QStringLiteral("checklistItem_") + m_item.id);
    m_line->setMaxLength(v::limits::checklistTextMax);
    if (m_item.type == ChecklistItemType::Url)
        m_line->setPlaceholderText(QStringLiteral("https://"));
    else if (m_item.type == ChecklistItemType::Date)
        m_line->setPlaceholderText(tr("YYYY-MM-DD, e.g. %1").arg(QStringLiteral("2026-03-01")));
    connect(m_line, &QLineEdit::textEdited, this, [this] {
        checkWhileTyping();
        emit edited(false);
    });
    m_input = m_line;
    return m_line;
}

QWidget *ChecklistItemField::buildChoiceInput()
{
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("checklistItem_") + m_item.id);
    // The first entry is "no choice yet", so an unanswered item does not look answered.
    m_choice->addItem(tr("Please choose …"), QString());
    for (const auto &option : m_item.options)
        m_choice->addItem(option, option);
    connect(m_choice, &QComboBox::activated, this, [this] {
        setError({});
        emit edited(true);
    });
    m_input = m_choice;
    return m_choice;
}

QWidget *ChecklistItemField::buildFileInput()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::m);
    auto *choose = new QPushButton(tr("Choose file …"));
    choose->setObjectName(QStringLiteral("checklistItem_") + m_item.id);
    m_fileName = makeSecondaryLabel(tr("No file uploaded yet."));
    m_fileName->setObjectName(QStringLiteral("checklistFile_") + m_item.id);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("checklistUpload_") + m_item.id);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("checklistUploadCancel_") + m_item.id);
    m_cancel->hide();
    layout->addWidget(choose);
    layout->addWidget(m_fileName, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(choose, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getOpenFileName(this, tr("Choose file for “%1”").arg(m_item.label), {},
                                                       tr("Documents and pictures (*.pdf *.png *.jpg *.jpeg *.txt)"));
        if (!path.isEmpty()) {
            setError({});
            emit fileChosen(path);
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &ChecklistItemField::uploadCancelled);
    m_input = choose;
    return row;
}

QWidget *ChecklistItemField::buildAgencyState()
{
    m_agencyState = makeSecondaryLabel(QString());
    m_agencyState->setObjectName(QStringLiteral("checklistItem_") + m_item.id);
    m_input = m_agencyState;
    setValue(QJsonValue(false));
    return m_agencyState;
}

void ChecklistItemField::checkWhileTyping()
{
    const auto text = m_line->text();
    v::Problem problem;
    if (!text.isEmpty())
        problem = v::checkChecklistAnswer(m_item, text);
    setError(problem ? problemText(*problem) : QString());
}

QJsonValue ChecklistItemField::value() const
{
    if (m_check)
        return m_check->isChecked();
    if (m_line)
        return m_line->text().trimmed();
    if (m_choice)
        return m_choice->currentData().toString();
    if (m_agencyState)
        return m_agencyState->property("done").toBool();
    return m_fileValue;
}

void ChecklistItemField::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(this);
    if (m_check) {
        m_check->setChecked(value.toBool());
    } else if (m_line) {
        m_line->setText(value.toString());
    } else if (m_choice) {
        const int index = m_choice->findData(value.toString());
        m_choice->setCurrentIndex(index < 0 ? 0 : index);
    } else if (m_agencyState) {
        const bool done = value.toBool();
        m_agencyState->setProperty("done", done);
        m_agencyState->setText(done ? tr("Done by the agency") : tr("The agency takes care of this; not done yet."));
    } else {
        m_fileValue = value.toString();
    }
}

void ChecklistItemField::setFile(const ChecklistFile &file)
{
    m_fileValue = file.value;
    if (m_fileName)
        m_fileName->setText(tr("%1 (%2)").arg(file.name, QLocale().formattedDataSize(file.size)));
}

void ChecklistItemField::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (m_input)
        theme::setStyleProperty(m_input, "invalid", !message.isEmpty());
}

QString ChecklistItemField::error() const
{
    return m_error->text();
}

void ChecklistItemField::showUploadProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(done * 1000 / total));
    m_progress->show();
    m_cancel->show();
    m_input->setEnabled(false);
}

void ChecklistItemField::showUploadIdle()
{
    m_progress->hide();
    m_cancel->hide();
    m_input->setEnabled(true);
}

QString ChecklistItemField::problemText(const QString &problem) const
{
    namespace p = v::problem;
    if (problem == p::required) {
        switch (m_item.type) {
        case ChecklistItemType::Checkbox:
            return tr("Please tick this once it is done.");
        case ChecklistItemType::Choice:
            return tr("Please choose one of the options.");
        case ChecklistItemType::File:
            return tr("Please upload a file.");
        default:
            return tr("Please fill in this field.");
        }
    }
    if (problem == p::tooLong)
        return tr("Use at most %1 characters.").arg(v::limits::checklistTextMax);
    if (problem == p::tooLarge)
        return tr("This file is larger than 20 MB.");
    if (problem == p::invalidCharacters)
        return tr("This contains characters that are not allowed.");
    if (problem == p::invalid || problem == p::invalidType) {
        switch (m_item.type) {
        case ChecklistItemType::Url:
            return tr("Enter a web address with http:// or https://, e.g. https://www.example.de.");
        case ChecklistItemType::Date:
            return tr("Enter a date that exists as YYYY-MM-DD, e.g. 2026-03-01.");
        case ChecklistItemType::Choice:
            return tr("Please choose one of the options.");
        case ChecklistItemType::File:
            return tr("This file type is not accepted. Please upload a PDF, PNG, JPEG or text file.");
        default:
            return tr("This value is not valid.");
        }
    }
    return tr("This value is not valid.");
}

} // namespace kp::client
