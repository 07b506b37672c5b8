#include "registry/RegistryRow.h"

#include "rules/RuleTables.h"
#include "validation/DomainName.h"
#include "validation/IcpNumber.h"
#include "validation/Province.h"
#include "validation/Uscc.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

// Reads one row: the cells by registry column and the problems found, each naming its cell.
class RowReader
{
public:
    RowReader(const CsvTable& table, const ColumnMapping& mapping, qsizetype index, ParsedRow& out)
        : m_table(table)
        , m_mapping(mapping)
        , m_cells(table.rows.at(index))
        , m_out(out)
    {
        m_out.row = table.rowNumbers.value(index, int(index) + 2);
        for (RegistryColumn column : allRegistryColumns()) {
            if (!cell(column).isEmpty())
                m_out.given.append(column);
        }
    }

    QString cell(RegistryColumn column) const
    {
        const int source = m_mapping.sourceOf(column);
        return source < 0 ? QString() : m_cells.value(source).trimmed();
    }

    void problem(RegistryColumn column, const QString& code, const QString& message)
    {
        const int source = m_mapping.sourceOf(column);
        m_out.problems.append(
            ImportProblem{m_out.row, source + 1, m_table.headers.value(source), code, message});
    }
    void problem(RegistryColumn column, const Error& error) { problem(column, error.code, error.message); }

    std::optional<QDate> date(RegistryColumn column)
    {
        const std::optional<QDate> parsed = parseRegistryDate(cell(column));
        if (!parsed) {
            problem(column, u"registry.date"_s,
                    QCoreApplication::translate(
                        "Registry", "'%1' is not a date: write 2027-06-01, 2027/6/1 or 2027年6月1日.")
                        .arg(cell(column)));
        }
        return parsed;
    }

private:
    const CsvTable& m_table;
    const ColumnMapping& m_mapping;
    QStringList m_cells;
    ParsedRow& m_out;
};

std::optional<ApplicationKind> parseKind(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == "filing"_L1 || folded == u"备案"_s || folded == u"icp备案"_s)
        return ApplicationKind::Filing;
    if (folded == "licence"_L1 || folded == "license"_L1 || folded == u"许可证"_s ||
        folded == u"经营许可证"_s)
        return ApplicationKind::Licence;
    return std::nullopt;
}

std::optional<LicenceStatus> parseStatus(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (const std::optional<LicenceStatus> key = enumFromKey<LicenceStatus>(folded))
        return key;
    static const QList<std::pair<QString, LicenceStatus>> chinese{
        {u"正常"_s, LicenceStatus::Active},      {u"有效"_s, LicenceStatus::Active},
        {u"已注销"_s, LicenceStatus::Cancelled}, {u"注销"_s, LicenceStatus::Cancelled},
        {u"已吊销"_s, LicenceStatus::Revoked},   {u"吊销"_s, LicenceStatus::Revoked},
        {u"已过期"_s, LicenceStatus::Expired},   {u"过期"_s, LicenceStatus::Expired},
    };
    for (const auto& [word, status] : chinese) {
        if (folded == word)
            return status;
    }
    return std::nullopt;
}

const Province* parseProvince(const QString& text)
{
    bool isNumber = false;
    const int code = text.toInt(&isNumber);
    if (isNumber)
        return Provinces::byCode(code);
    if (text.size() == 1)
        return Provinces::byAbbreviation(text);
    const QString folded = text.toCaseFolded();
    for (const Province& province : Provinces::all()) {
        if (folded == province.nameZh || folded == province.shortNameZh ||
            folded == province.nameEn.toCaseFolded())
            return &province;
    }
    return nullptr;
}

// The number decides the kind (and, for new records, the province and scope).
void readNumber(RowReader& reader, ParsedRow& out)
{
    Licence& licence = out.licence;
    const QString raw = reader.cell(RegistryColumn::Number);
    std::optional<ApplicationKind> kind;
    if (out.has(RegistryColumn::Kind)) {
        kind = parseKind(reader.cell(RegistryColumn::Kind));
        if (!kind) {
            reader.problem(RegistryColumn::Kind, u"registry.kind"_s,
                           QCoreApplication::translate(
                               "Registry", "'%1' is not a kind: write filing (备案) or licence (许可证).")
                               .arg(reader.cell(RegistryColumn::Kind)));
        }
    }
    if (raw.isEmpty()) {
        reader.problem(
            RegistryColumn::Number, u"registry.number-missing"_s,
            QCoreApplication::translate(
                "Registry", "Every row needs the filing or licence number: the import matches rows by it."));
        return;
    }
    const bool looksLikeFiling = normaliseNumberInput(raw).contains(u"ICP备"_s);
    if (kind == ApplicationKind::Filing || (!kind && looksLikeFiling)) {
        const Result<FilingNumber> filing = parseFilingNumber(raw);
        if (!filing) {
            reader.problem(RegistryColumn::Number, filing.error());
            return;
        }
        licence.kind = ApplicationKind::Filing;
        licence.number = filing->format();
        licence.provinceCode = filing->provinceCode;
        licence.scope = LicenceScope::Province;
        return;
    }
    const Result<LicenceNumber> number = parseLicenceNumber(raw);
    if (!number) {
        reader.problem(RegistryColumn::Number, number.error());
        return;
    }
    licence.kind = ApplicationKind::Licence;
    licence.number = number->format();
    licence.provinceCode = number->provinceCode;
    licence.scope = number->kind == LicenceNumber::Kind::NationalValueAdded ||
                            number->kind == LicenceNumber::Kind::ForeignInvested
                        ? LicenceScope::National
                        : LicenceScope::Province;
}

void readEntityAndDates(RowReader& reader, ParsedRow& out)
{
    Licence& licence = out.licence;
    licence.entityName = reader.cell(RegistryColumn::Entity);
    if (out.has(RegistryColumn::Uscc)) {
        const Result<Uscc> uscc = parseUscc(reader.cell(RegistryColumn::Uscc));
        if (uscc)
            licence.uscc = uscc->code;
        else
            reader.problem(RegistryColumn::Uscc, uscc.error());
    }
    if (out.has(RegistryColumn::Province)) {
        const Province* province = parseProvince(reader.cell(RegistryColumn::Province));
        if (!province) {
            reader.problem(RegistryColumn::Province, u"registry.province"_s,
                           QCoreApplication::translate(
                               "Registry", "'%1' is not a mainland province: write its name (北京, Beijing), "
                                           "abbreviation (京) or code (11).")
                               .arg(reader.cell(RegistryColumn::Province)));
        } else if (licence.provinceCode != 0 && licence.provinceCode != province->code) {
            // A provincial number names the administration that issued it.
            const Province* byNumber = Provinces::byCode(licence.provinceCode);
            reader.problem(
                RegistryColumn::Province, u"registry.province-mismatch"_s,
                QCoreApplication::translate("Registry", "The number was issued in %1, not in %2.")
                    .arg(byNumber ? byNumber->displayName() : QString::number(licence.provinceCode),
                         province->displayName()));
        } else {
            licence.provinceCode = province->code;
        }
    }
    for (const QString& code : splitRegistryCell(reader.cell(RegistryColumn::Services))) {
        const QString normalised = normaliseNumberInput(code);
        if (!RuleTables::instance().licenceLimits().service(normalised)) {
            reader.problem(
                RegistryColumn::Services, u"registry.service"_s,
                QCoreApplication::translate("Registry", "'%1' is not a service of the catalogue (B11 … B26).")
                    .arg(code));
            continue;
        }
        if (!licence.services.contains(normalised))
            licence.services.append(normalised);
    }
    if (const std::optional<QDate> issued = reader.date(RegistryColumn::Issued))
        licence.issuedOn = *issued;
    if (const std::optional<QDate> expires = reader.date(RegistryColumn::Expires))
        licence.expiresOn = *expires;
    // A licence is valid for five years (docs/regulations.md §1.3); filings do not expire.
    if (licence.kind == ApplicationKind::Licence && !licence.expiresOn.isValid() &&
        licence.issuedOn.isValid())
        licence.expiresOn = licence.issuedOn.addYears(5);
    if (const std::optional<QDate> hosting = reader.date(RegistryColumn::HostingExpires))
        licence.hostingExpiresOn = *hosting;
    if (const std::optional<QDate> changed = reader.date(RegistryColumn::BusinessChanged))
        licence.businessChangedOn = *changed;
    licence.accessProvider = reader.cell(RegistryColumn::Provider);
    licence.owner = reader.cell(RegistryColumn::Owner);
    licence.notes = reader.cell(RegistryColumn::Notes);
    if (out.has(RegistryColumn::Status)) {
        if (const std::optional<LicenceStatus> status = parseStatus(reader.cell(RegistryColumn::Status))) {
            licence.status = *status;
        } else {
            reader.problem(
                RegistryColumn::Status, u"registry.status"_s,
                QCoreApplication::translate(
                    "Registry", "'%1' is not a status: write active, cancelled, revoked or expired.")
                    .arg(reader.cell(RegistryColumn::Status)));
        }
    }
}

// "示例商城 京ICP备2021034286号-1": the number is the word that holds "ICP备", the rest the name.
std::optional<RegisteredWebsite> parseWebsite(RowReader& reader, const QString& item)
{
    RegisteredWebsite website;
    QString text = item;
    text.replace(u'（', u' ').replace(u'）', u' ').replace(u'(', u' ').replace(u')', u' ');
    QStringList nameWords;
    for (const QString& word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        if (!normaliseNumberInput(word).contains(u"ICP备"_s)) {
            nameWords.append(word);
            continue;
        }
        const Result<FilingNumber> number = parseFilingNumber(word);
        if (!number) {
            reader.problem(RegistryColumn::Websites, number.error());
            return std::nullopt;
        }
        website.number = number->format();
    }
    website.name = nameWords.join(u' ');
    return website;
}

// Several values of one column spread over the websites: one for all when there is one
// website, else one per website in order.
template <typename Apply>
void spread(RowReader& reader, RegistryColumn column, const QStringList& values,
            QList<RegisteredWebsite>& websites, Apply apply)
{
    if (values.isEmpty())
        return;
    if (websites.size() == 1) {
        for (const QString& value : values)
            apply(websites[0], value);
        return;
    }
    if (values.size() != websites.size()) {
        reader.problem(column, u"registry.count"_s,
                       QCoreApplication::translate(
                           "Registry",
                           "%1 values for %2 websites: give one per website, in the order of the websites "
                           "column, or put each website on its own row.")
                           .arg(values.size())
                           .arg(websites.size()));
        return;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        apply(websites[i], values.at(i));
}

void readWebsites(RowReader& reader, ParsedRow& out)
{
    QList<RegisteredWebsite>& websites = out.licence.websites;
    for (const QString& item : splitRegistryCell(reader.cell(RegistryColumn::Websites))) {
        if (std::optional<RegisteredWebsite> website = parseWebsite(reader, item))
            websites.append(*website);
    }
    const QStringList domainNames = splitRegistryCell(reader.cell(RegistryColumn::Domains));
    const QStringList homepages = splitRegistryCell(reader.cell(RegistryColumn::Homepage));
    const QStringList psbNumbers = splitRegistryCell(reader.cell(RegistryColumn::Psb), true);
    // Domains, homepages and PSB numbers without a websites column belong to one unnamed website.
    if (websites.isEmpty() && (!domainNames.isEmpty() || !homepages.isEmpty() || !psbNumbers.isEmpty()))
        websites.append(RegisteredWebsite{});
    if (websites.isEmpty())
        return;

    QList<RegisteredDomain> domains;
    for (const QString& name : domainNames) {
        const Result<DomainName> domain = parseDomainName(name);
        if (!domain) {
            reader.problem(RegistryColumn::Domains, domain.error());
            continue;
        }
        domains.append(RegisteredDomain{domain->unicode, QString(), QDate()});
    }
    // One expiry date per domain, or one for all of them.
    const QStringList expiries = splitRegistryCell(reader.cell(RegistryColumn::DomainExpires), true);
    if (!expiries.isEmpty() && expiries.size() != 1 && expiries.size() != domains.size()) {
        reader.problem(RegistryColumn::DomainExpires, u"registry.count"_s,
                       QCoreApplication::translate(
                           "Registry",
                           "%1 dates for %2 domains: give one date per domain, in the order of the domains "
                           "column, or one for all.")
                           .arg(expiries.size())
                           .arg(domains.size()));
    } else {
        for (qsizetype i = 0; i < domains.size() && !expiries.isEmpty(); ++i) {
            const QString text = expiries.size() == 1 ? expiries.constFirst() : expiries.at(i);
            const std::optional<QDate> date = parseRegistryDate(text);
            if (!date) {
                reader.problem(
                    RegistryColumn::DomainExpires, u"registry.date"_s,
                    QCoreApplication::translate(
                        "Registry", "'%1' is not a date: write 2027-06-01, 2027/6/1 or 2027年6月1日.")
                        .arg(text));
                break;
            }
            domains[i].expiresOn = *date;
        }
    }
    QStringList domainItems;
    for (const RegisteredDomain& domain : domains)
        domainItems.append(domain.name);
    spread(reader, RegistryColumn::Domains, domainItems, websites,
           [&domains](RegisteredWebsite& website, const QString& name) {
               for (const RegisteredDomain& domain : domains) {
                   if (domain.name == name) {
                       website.domains.append(domain);
                       return;
                   }
               }
           });

    QStringList validHomepages;
    for (const QString& homepage : homepages) {
        const QUrl url = QUrl::fromUserInput(homepage);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
            reader.problem(RegistryColumn::Homepage, u"registry.homepage"_s,
                           QCoreApplication::translate(
                               "Registry", "'%1' is not a web address (https://www.example.com/).")
                               .arg(homepage));
            continue;
        }
        validHomepages.append(homepage);
    }
    spread(reader, RegistryColumn::Homepage, validHomepages, websites,
           [](RegisteredWebsite& website, const QString& url) { website.homepageUrls.append(url); });

    if (!psbNumbers.isEmpty() && websites.size() == 1 && psbNumbers.size() > 1) {
        reader.problem(
            RegistryColumn::Psb, u"registry.count"_s,
            QCoreApplication::translate(
                "Registry",
                "A website has one public-security filing number; put each website on its own row."));
        return;
    }
    QStringList formatted;
    for (const QString& text : psbNumbers) {
        if (text.isEmpty()) {
            formatted.append(QString());
            continue;
        }
        const Result<PsbNumber> psb = parsePsbNumber(text);
        if (!psb) {
            reader.problem(RegistryColumn::Psb, psb.error());
            return;
        }
        formatted.append(psb->format());
    }
    spread(reader, RegistryColumn::Psb, formatted, websites,
           [](RegisteredWebsite& website, const QString& psb) { website.psbNumber = psb; });
}

} // namespace

QString ImportProblem::describe() const
{
    if (column <= 0)
        return QCoreApplication::translate("Registry", "Row %1: %2").arg(row).arg(message);
    return QCoreApplication::translate("Registry", "Row %1, column %2 (%3): %4")
        .arg(row)
        .arg(column)
        .arg(header, message);
}

std::optional<QDate> parseRegistryDate(const QString& text)
{
    const QString trimmed = normaliseNumberInput(text);
    if (trimmed.isEmpty())
        return QDate();
    static const QRegularExpression pattern(u"^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"_s);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QStringList splitRegistryCell(const QString& cell, bool keepEmpty)
{
    if (cell.trimmed().isEmpty())
        return {};
    static const QRegularExpression separators(u"[;；、\\n\\r]"_s);
    QStringList values;
    for (const QString& value : cell.split(separators)) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() || keepEmpty)
            values.append(trimmed);
    }
    return values;
}

ParsedRow parseRegistryRow(const CsvTable& table, const ColumnMapping& mapping, qsizetype index)
{
    ParsedRow out;
    RowReader reader(table, mapping, index, out);
    readNumber(reader, out);
    readEntityAndDates(reader, out);
    readWebsites(reader, out);
    return out;
}

QList<ParsedRow> previewRegistryRows(const CsvTable& table, const ColumnMapping& mapping, int maxRows)
{
    QList<ParsedRow> rows;
    const qsizetype count = maxRows < 0 ? table.rows.size() : std::min<qsizetype>(maxRows, table.rows.size());
    for (qsizetype i = 0; i < count; ++i)
        rows.append(parseRegistryRow(table, mapping, i));
    return rows;
}

} // namespace icp
