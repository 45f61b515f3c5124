#include "client/onboarding/ChecklistStatusPage.h"

#include "client/api/ApiError.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/Format.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/Theme.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

ChecklistStatusPage::ChecklistStatusPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new Banner(QStringLiteral("checklistStatusBanner")))
    , m_sync(new QPushButton(tr("Synchronise checklist now")))
    , m_import(new QPushButton(tr("Import CSV …")))
    , m_importAgain(new QPushButton(tr("Import the same file again")))
    , m_source(value(QStringLiteral("checklistStatusSource")))
    , m_version(value(QStringLiteral("checklistStatusVersion")))
    , m_lastRead(value(QStringLiteral("checklistStatusLastRead")))
    , m_lastError(value(QStringLiteral("checklistStatusLastError")))
{
    setObjectName(QStringLiteral("checklistStatusPage"));
    auto *header
        = new PageHeader(tr("Checklist"), tr("Where the customers' checklist comes from and how the last read went."));
    m_import->setObjectName(QStringLiteral("checklistImport"));
    m_importAgain->setObjectName(QStringLiteral("checklistImportAgain"));
    m_importAgain->hide();
    header->addAction(m_importAgain);
    m_sync->setObjectName(QStringLiteral("checklistSync"));
    m_sync->setProperty("variant", QStringLiteral("primary"));
    header->addAction(m_import);
    header->addAction(m_sync);
    m_banner->hide();

    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Status of the sheet"), QStringLiteral("checklistStatusCard"));
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(theme::spacing::xl);
    form->setVerticalSpacing(theme::spacing::m);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Version"), m_version);
    form->addRow(tr("Last read"), m_lastRead);
    form->addRow(tr("Last error"), m_lastError);
    content->addLayout(form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl);
    layout->setSpacing(theme::spacing::l);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(card);
    layout->addStretch();

    connect(m_sync, &QPushButton::clicked, this, &ChecklistStatusPage::syncRequested);
    // The dialog starts at the file chosen last, so a fixed file is one click away.
    connect(m_import, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getOpenFileName(this, tr("Choose the checklist as CSV"), m_chosenFile,
                                                       tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            chooseFile(path);
    });
    connect(m_importAgain, &QPushButton::clicked, this, [this] { chooseFile(m_chosenFile); });
}

QLabel *ChecklistStatusPage::value(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString ChecklistStatusPage::problemText(const SheetProblem &problem)
{
    const auto &c = problem.code;
    // The file or the header as a whole: no cell to point at.
    if (c == QLatin1String("not_utf8"))
        return tr("The file is not saved as UTF-8. Save it as “CSV UTF-8” and import it again.");
    if (c == QLatin1String("unterminated_quote"))
        return tr("A quotation mark in the file is never closed.");
    if (c == QLatin1String("empty_sheet"))
        return tr("The sheet has no items.");
    if (c == QLatin1String("too_many_items"))
        return tr("The sheet has too many items (%1).").arg(problem.value);
    if (c == QLatin1String("missing_column"))
        return tr("Header row: the column “%1” is missing.").arg(problem.column);
    if (c == QLatin1String("duplicate_column"))
        return tr("Header row: the column “%1” appears twice.").arg(problem.column);

    QString text;
    if (c == QLatin1String("missing_value"))
        text = tr("empty, but needed");
    else if (c == QLatin1String("invalid_item_id"))
        text
            = tr("“%1” is not a valid item_id (letters, digits, “_”, “.” and “-” only, at most 64)").arg(problem.value);
    else if (c == QLatin1String("duplicate_item_id"))
        text = tr("the item_id “%1” is used twice").arg(problem.value);
    else if (c == QLatin1String("unknown_type"))
        text = tr("unknown type “%1”").arg(problem.value);
    else if (c == QLatin1String("invalid_required"))
        text = tr("“%1” is neither yes nor no").arg(problem.value);
    else if (c == QLatin1String("unknown_owner"))
        text = tr("unknown owner “%1” (customer or agency)").arg(problem.value);
    else if (c == QLatin1String("choice_without_options"))
        text = tr("a choice needs options, separated by “;”");
    else if (c == QLatin1String("too_long"))
        text = tr("the text is too long");
    else if (!problem.value.isEmpty())
        text = tr("“%1” is not valid").arg(problem.value);
    else
        text = tr("not valid");
    if (problem.row <= 0)
        return text;
    const auto row = QString::number(problem.row);
    return problem.column.isEmpty() ? tr("Row %1: %2").arg(row, text)
                                    : tr("Row %1, column %2: %3").arg(row, problem.column, text);
}

QString ChecklistStatusPage::problemList(const QList<SheetProblem> &problems)
{
    QString list;
    for (const auto &problem : problems)
        list += QStringLiteral("\n• ") + problemText(problem);
    return list;
}

QString ChecklistStatusPage::describe(const ChecklistStatus::Error &error)
{
    const auto &c = error.code;
    if (c == QLatin1String("not_shared"))
        return tr("The sheet is not shared with the portal. Share it (or make it readable by link) and synchronise "
                  "again.");
    if (c == QLatin1String("not_found"))
        return tr("The sheet was not found. Check the spreadsheet ID in the server's settings.");
    if (c == QLatin1String("bad_range"))
        return tr("The tab of the checklist was not found. Was it renamed?");
    if (c == QLatin1String("unreachable"))
        return tr("Google could not be reached. The portal tries again at the next sync.");
    if (c == QLatin1String("rate_limited"))
        return tr("Google asked the portal to wait. It tries again at the next sync.");
    if (c == QLatin1String("credentials"))
        return tr("Google refused the portal's key. Check the API key or the service account in the server's "
                  "settings.");
    if (c == QLatin1String("invalid_sheet"))
        return tr("The sheet has problems; the last good version stays live:%1").arg(problemList(error.problems));
    return tr("Reading the sheet failed: %1").arg(error.message);
}

void ChecklistStatusPage::showStatus(const ChecklistStatus &status)
{
    if (status.source == QLatin1String("sheet"))
        m_source->setText(tr("Google Sheet"));
    else if (status.source == QLatin1String("csv"))
        m_source->setText(tr("CSV file"));
    else
        m_source->setText(tr("No checklist published yet"));
    m_version->setText(status.version > 0 ? QString::number(status.version) : QStringLiteral("–"));
    m_lastRead->setText(status.lastReadAt.isValid() ? format::dateTime(status.lastReadAt) : tr("Not yet"));
    m_lastError->setText(status.lastError ? describe(*status.lastError) : tr("None"));
    theme::setStyleProperty(m_lastError, "role", status.lastError ? QStringLiteral("fieldError") : QString());
}

void ChecklistStatusPage::showOutcome(const ChecklistStatus &status)
{
    showStatus(status);
    if (status.outcome == QLatin1String("failed") && status.lastError)
        m_banner->showMessage(Banner::Tone::Danger, describe(*status.lastError));
    else if (status.outcome == QLatin1String("unchanged"))
        m_banner->showMessage(Banner::Tone::Info, tr("The checklist was read again; nothing changed."));
    else
        m_banner->showMessage(Banner::Tone::Info, tr("Version %1 of the checklist is published.").arg(status.version));
}

void ChecklistStatusPage::showError(const ApiError &error)
{
    if (error.fields.value(QStringLiteral("source")) == QLatin1String("not_configured"))
        return showFailure(tr("No Google Sheet is configured on the server. Import the checklist as a CSV file "
                              "instead."));
    if (error.httpStatus == 422) {
        const auto name = QFileInfo(m_chosenFile).fileName();
        m_importAgain->show();
        if (error.sheetProblems.isEmpty())
            return showFailure(tr("“%1” has problems and was not published; the last good version stays live. "
                                  "Check the columns and import it again.")
                                   .arg(name));
        return showFailure(tr("“%1” was not published; the last good version stays live. Fix these problems "
                              "and import it again:%2")
                               .arg(name, problemList(error.sheetProblems)));
    }
    showFailure(error.message());
}

void ChecklistStatusPage::chooseFile(const QString &path)
{
    m_chosenFile = path;
    m_importAgain->hide();
    emit importFileChosen(path);
}

void ChecklistStatusPage::showFailure(const QString &message)
{
    m_banner->showMessage(Banner::Tone::Danger, message);
}

void ChecklistStatusPage::setBusy(bool busy)
{
    m_sync->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_importAgain->setEnabled(!busy);
}

} // namespace kp::client
