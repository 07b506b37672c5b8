#include "documents/LetterGenerator.h"

#include "validation/Province.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

const QStringList& fontFamilies()
{
    static const QStringList families{u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s};
    return families;
}

const QString& styleSheet()
{
    static const QString css = u"body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC'; font-size: 11pt; }"
                               "h1 { font-size: 18pt; text-align: center; margin-bottom: 0; }"
                               ".en { color: #555555; font-size: 8.5pt; font-style: italic; }"
                               "h1 + p.en { text-align: center; }"
                               ".num { font-family: 'DejaVu Sans'; }"
                               ".note { color: #555555; font-size: 8pt; margin-top: 24px; }"
                               "table.sign { margin-top: 28px; } table.sign td { padding: 4px 8px 4px 0; }"
                               "li { margin-bottom: 6px; }"_s;
    return css;
}

QString templateName(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Commitment:
        return u"commitment"_s;
    case LetterKind::EntityPrincipalAuthorisation:
        return u"entity-principal-authorisation"_s;
    case LetterKind::WebsitePrincipalAuthorisation:
        return u"website-principal-authorisation"_s;
    }
    return {};
}

const Website* websiteFor(const Application& app, const QString& subjectId)
{
    const Person* legalRep = app.personWithRole(PersonRole::LegalRepresentative);
    for (const Website& w : app.websites) {
        if (!subjectId.isEmpty() ? w.id == subjectId : (!legalRep || w.principalId != legalRep->id))
            return &w;
    }
    return subjectId.isEmpty() && !app.websites.isEmpty() ? &app.websites.constFirst() : nullptr;
}

QStringList domainNames(const Website& w)
{
    QStringList names;
    for (const Domain& d : w.domains)
        names.append(d.name.trimmed());
    return names;
}

} // namespace

QString letterTitle(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Commitment:
        return QCoreApplication::translate("Documents", "Commitment letter");
    case LetterKind::EntityPrincipalAuthorisation:
        return QCoreApplication::translate("Documents", "Entity-principal authorisation letter");
    case LetterKind::WebsitePrincipalAuthorisation:
        return QCoreApplication::translate("Documents", "Website-principal authorisation letter");
    }
    return {};
}

QString letterFileName(LetterKind kind)
{
    return templateName(kind) + u"-letter.pdf"_s;
}

DocumentKind letterDocumentKind(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Commitment:
        return DocumentKind::CommitmentLetter;
    case LetterKind::EntityPrincipalAuthorisation:
        return DocumentKind::EntityPrincipalAuthorisation;
    case LetterKind::WebsitePrincipalAuthorisation:
        return DocumentKind::WebsitePrincipalAuthorisation;
    }
    return DocumentKind::Other;
}

Result<QString> letterHtml(const LetterRequest& request, const Application& app)
{
    QFile file(u":/icp/letters/"_s + templateName(request.kind) + u".html"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            u"letters.template"_s,
            QCoreApplication::translate("Documents", "The letter template is missing."));
    QString html = QString::fromUtf8(file.readAll());
    html.remove(QRegularExpression(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption));

    const Person* legalRep = app.personWithRole(PersonRole::LegalRepresentative);
    const Person* principal = app.personWithRole(PersonRole::EntityPrincipal);
    const Website* website = nullptr;
    if (request.kind == LetterKind::WebsitePrincipalAuthorisation) {
        website = websiteFor(app, request.subjectId);
        if (!website)
            return Result<QString>::failure(
                u"letters.subject"_s,
                QCoreApplication::translate("Documents",
                                            "There is no website to write the authorisation letter for."),
                u"websites"_s);
        principal = app.person(website->principalId);
    }
    if (request.kind != LetterKind::Commitment && !principal)
        return Result<QString>::failure(
            u"letters.subject"_s,
            QCoreApplication::translate("Documents",
                                        "Name the principal first: the authorisation letter is written for "
                                        "that person."),
            u"persons"_s);
    const Province* province = Provinces::byCode(app.entity.provinceCode);
    QStringList siteNames, allDomains;
    for (const Website& w : app.websites) {
        siteNames.append(w.name.trimmed());
        allDomains += domainNames(w);
    }
    const bool individual = app.entity.isIndividual();
    const Person* signer = individual ? principal : legalRep ? legalRep : principal;
    const QString blank = u"________"_s;
    const auto value = [&](const QString& s) {
        return s.trimmed().isEmpty() ? blank : s.trimmed().toHtmlEscaped();
    };
    const QHash<QString, QString> fields{
        {u"province"_s, province ? province->nameZh.toHtmlEscaped() : blank},
        {u"provinceEn"_s, province ? province->nameEn.toHtmlEscaped() : blank},
        {u"entityWord"_s, individual ? u"人"_s : u"单位"_s},
        {u"entity.name"_s, value(app.entity.name)},
        {u"entity.certificateNumber"_s, value(app.entity.certificateNumber)},
        {u"websites"_s, value(siteNames.join(u"、"_s))},
        {u"domains"_s, value(allDomains.join(u", "_s))},
        {u"signerRole"_s, individual ? u"本人"_s : u"法定代表人"_s},
        {u"signerRoleEn"_s, individual ? u"Applicant"_s : u"Legal representative"_s},
        {u"signer.name"_s, value(signer ? signer->name : QString())},
        {u"legalRep.name"_s, value(legalRep ? legalRep->name : QString())},
        {u"principal.name"_s, value(principal ? principal->name : QString())},
        {u"principal.documentNumber"_s, value(principal ? principal->documentNumber : QString())},
        {u"principal.mobile"_s, value(principal ? principal->mobile : QString())},
        {u"website.name"_s, value(website ? website->name : QString())},
        {u"website.domains"_s, value(website ? domainNames(*website).join(u", "_s) : QString())},
        {u"date"_s, request.date.isValid() ? request.date.toString(u"yyyy-MM-dd"_s) : blank},
    };
    static const QRegularExpression placeholder(u"\\{\\{([A-Za-z.]+)\\}\\}"_s);
    QString filled;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        filled += QStringView(html).mid(last, m.capturedStart() - last);
        filled += fields.value(m.captured(1), blank);
        last = m.capturedEnd();
    }
    filled += QStringView(html).mid(last);
    return QString(u"<html><head><meta charset=\"utf-8\"/></head><body>"_s + filled + u"</body></html>"_s);
}

Status writeLetterPdf(const LetterRequest& request, const Application& app, const QString& path)
{
    const auto html = letterHtml(request, app);
    if (!html)
        return html.error();
    QPdfWriter writer(path);
    writer.setCreator(u"ICP Registration Assistant"_s);
    writer.setTitle(letterTitle(request.kind));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter));
    QTextDocument document;
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(styleSheet());
    document.setHtml(html.value());
    document.print(&writer);
    if (!QFile::exists(path))
        return Status::failure(u"letters.write"_s,
                               QCoreApplication::translate("Documents", "%1 cannot be written.").arg(path));
    return success();
}

} // namespace icp
