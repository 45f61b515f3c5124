#include "server/onboarding/ChecklistSheet.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace kp::server {
namespace {

const QStringList kRequiredColumns {QStringLiteral("section"), QStringLiteral("item_id"), QStringLiteral("label"),
                                    QStringLiteral("type"), QStringLiteral("required")};
const QStringList kOptionalColumns {QStringLiteral("options"), QStringLiteral("help"), QStringLiteral("stage"),
                                    QStringLiteral("owner")};

QString shortened(const QString &value)
{
    return value.size() > 80 ? value.left(79) + QChar(0x2026) : value;
}

std::optional<bool> readRequired(const QString &cell)
{
    static const QStringList yes {QStringLiteral("ja"), QStringLiteral("yes"), QStringLiteral("true"),
                                  QStringLiteral("x"),  QStringLiteral("1"),   QStringLiteral("wahr")};
    static const QStringList no {
        QString(),           QStringLiteral("nein"),  QStringLiteral("no"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("falsch")};
    const auto value = cell.toLower();
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

std::optional<ChecklistOwner> readOwner(const QString &cell)
{
    const auto value = cell.toLower();
    if (value.isEmpty() || value == QLatin1String("kunde") || value == QLatin1String("customer"))
        return ChecklistOwner::Customer;
    if (value == QLatin1String("agentur") || value == QLatin1String("agency"))
        return ChecklistOwner::Agency;
    return std::nullopt;
}

// "Werbekonten & Zugänge" → "werbekonten-zugange": readable and stable while the title stays.
QString sectionId(const QString &title, const QSet<QString> &taken)
{
    QString slug;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug.append(c);
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('&'))
            slug.append(QLatin1Char('-'));
    }
    slug = slug.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-'));
    if (slug.isEmpty())
        slug = QStringLiteral("section");
    auto unique = slug;
    for (int n = 2; taken.contains(unique); ++n)
        unique = slug + QLatin1Char('-') + QString::number(n);
    return unique;
}

class SheetReader {
public:
    explicit SheetReader(const QList<QStringList> &rows)
        : m_rows(rows)
    {
    }

    ChecklistSheet::Result read()
    {
        if (!readHeader())
            return m_problems;
        const auto itemRows = std::count_if(m_rows.begin() + 1, m_rows.end(), [](const QStringList &row) {
            return std::any_of(row.begin(), row.end(), [](const QString &cell) { return !cell.trimmed().isEmpty(); });
        });
        // Counted before anything is read: 10,000 rows are refused at once, not checked first.
        if (itemRows > ChecklistSheet::kMaxItems)
            return QList<SheetProblem> {{QStringLiteral("too_many_items"), 0, {}, QString::number(itemRows)}};
        if (itemRows == 0)
            return QList<SheetProblem> {{QStringLiteral("empty_sheet"), 0, {}, {}}};
        for (int index = 1; index < m_rows.size() && m_problems.size() < ChecklistSheet::kMaxProblems; ++index)
            readRow(index);
        if (!m_problems.isEmpty())
            return m_problems;
        return m_checklist;
    }

private:
    bool readHeader()
    {
        if (m_rows.isEmpty()) {
            m_problems.append({QStringLiteral("empty_sheet"), 0, {}, {}});
            return false;
        }
        const auto &header = m_rows.first();
        for (int column = 0; column < header.size(); ++column) {
            const auto name = header[column].trimmed().toLower();
            if (!kRequiredColumns.contains(name) && !kOptionalColumns.contains(name))
                continue;
            if (m_columns.count(name))
                m_problems.append({QStringLiteral("duplicate_column"), 1, name, {}});
            m_columns[name] = column;
        }
        for (const auto &name : kRequiredColumns) {
            if (!m_columns.count(name))
                m_problems.append({QStringLiteral("missing_column"), 1, name, {}});
        }
        return m_problems.isEmpty();
    }

    QString cell(const QStringList &row, const QString &column) const
    {
        const auto found = m_columns.find(column);
        if (found == m_columns.end() || found->second >= row.size())
            return {};
        return row[found->second].trimmed();
    }

    void problem(int index, const char *code, const QString &column, const QString &value = {})
    {
        m_problems.append({QLatin1String(code), index + 1, column, shortened(value)});
    }

    void readRow(int index)
    {
        const auto &row = m_rows[index];
        if (std::all_of(row.begin(), row.end(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            return;
        const int before = int(m_problems.size());
        const auto column = [](const char *name) { return QLatin1String(name); };

        auto section = cell(row, column("section"));
        if (section.isEmpty())
            section = m_lastSection;
        if (section.isEmpty())
            problem(index, "missing_value", column("section"));
        ChecklistItem item;
        item.id = cell(row, column("item_id"));
        static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
        if (item.id.isEmpty())
            problem(index, "missing_value", column("item_id"));
        else if (!idShape.match(item.id).hasMatch())
            problem(index, "invalid_item_id", column("item_id"), item.id);
        else if (m_itemIds.contains(item.id))
            problem(index, "duplicate_item_id", column("item_id"), item.id);
        m_itemIds.insert(item.id);

        item.label = cell(row, column("label"));
        if (item.label.isEmpty())
            problem(index, "missing_value", column("label"));
        else if (item.label.size() > ChecklistSheet::kLabelMax)
            problem(index, "too_long", column("label"));
        item.help = cell(row, column("help"));
        if (item.help.size() > ChecklistSheet::kHelpMax)
            problem(index, "too_long", column("help"));
        item.stage = cell(row, column("stage"));

        const auto typeName = cell(row, column("type"));
        const auto type = checklistItemTypeFromName(typeName.toLower());
        if (typeName.isEmpty())
            problem(index, "missing_value", column("type"));
        else if (!type)
            problem(index, "unknown_type", column("type"), typeName);
        item.type = type.value_or(ChecklistItemType::Text);

        const auto required = readRequired(cell(row, column("required")));
        if (!required)
            problem(index, "invalid_required", column("required"), cell(row, column("required")));
        item.required = required.value_or(false);
        const auto owner = readOwner(cell(row, column("owner")));
        if (!owner)
            problem(index, "unknown_owner", column("owner"), cell(row, column("owner")));
        item.owner = owner.value_or(ChecklistOwner::Customer);

        for (const auto &option : cell(row, column("options")).split(QLatin1Char(';'))) {
            const auto trimmed = option.trimmed();
            if (!trimmed.isEmpty() && !item.options.contains(trimmed))
                item.options.append(trimmed);
            if (trimmed.size() > ChecklistSheet::kOptionMax)
                problem(index, "too_long", column("options"), trimmed);
        }
        if (item.type == ChecklistItemType::Choice && item.options.isEmpty())
            problem(index, "choice_without_options", column("options"));
        if (item.type != ChecklistItemType::Choice)
            item.options.clear();

        if (m_problems.size() > before)
            return;
        m_lastSection = section;
        sectionNamed(section).items.append(item);
    }

    ChecklistSection &sectionNamed(const QString &title)
    {
        for (auto &section : m_checklist.sections) {
            if (section.title == title)
                return section;
        }
        QSet<QString> taken;
        for (const auto &section : std::as_const(m_checklist.sections))
            taken.insert(section.id);
        m_checklist.sections.append({sectionId(title, taken), title, {}});
        return m_checklist.sections.last();
    }

    const QList<QStringList> &m_rows;
    std::map<QString, int> m_columns;
    QList<SheetProblem> m_problems;
    QSet<QString> m_itemIds;
    QString m_lastSection;
    Checklist m_checklist;
};

} // namespace

QJsonObject SheetProblem::toJson() const
{
    QJsonObject json {{QStringLiteral("code"), code}, {QStringLiteral("row"), row}};
    if (!column.isEmpty())
        json.insert(QStringLiteral("column"), column);
    if (!value.isEmpty())
        json.insert(QStringLiteral("value"), value);
    return json;
}

QString SheetProblem::describe() const
{
    QString where = row > 0 ? QStringLiteral("row %1").arg(row) : QStringLiteral("sheet");
    if (!column.isEmpty())
        where += QStringLiteral(", ") + column;
    return value.isEmpty() ? QStringLiteral("%1: %2").arg(where, code)
                           : QStringLiteral("%1: %2 \"%3\"").arg(where, code, value);
}

ChecklistSheet::Result ChecklistSheet::read(const QList<QStringList> &rows)
{
    return SheetReader(rows).read();
}

} // namespace kp::server
