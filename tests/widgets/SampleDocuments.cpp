#include "SampleDocuments.h"

#include "DocumentFixtures.h"
#include "documents/LetterGenerator.h"

#include <QTemporaryDir>
#include <memory>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace icp::test {

namespace {

namespace fx = icp::fixtures;

const Person* personById(const Application& app, const QString& id)
{
    for (const Person& p : app.persons) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Website* websiteById(const Application& app, const QString& id)
{
    for (const Website& w : app.websites) {
        if (w.id == id)
            return &w;
    }
    return app.websites.isEmpty() ? nullptr : &app.websites.constFirst();
}

// The ID card's validity line ("2016.03.14-2036.03.14"): twenty years up to the form's
// expiry date. A form without one (long-term, or not typed yet) gets a card valid to
// 2036, which the checks accept: they compare dates only when the form has one.
QString idValidity(const Person& person)
{
    if (!person.documentExpiry.isValid())
        return u"2016.03.01-2036.03.01"_s;
    const QString format = u"yyyy.MM.dd"_s;
    return person.documentExpiry.addYears(-20).toString(format) + u'-' +
           person.documentExpiry.toString(format);
}

// The assistant's own letter, printed and scanned: the PDF LetterGenerator writes,
// rendered at 200 dpi (readable by OCR, well under the provider's 2 MB as JPEG).
QByteArray scannedLetter(LetterKind kind, const ChecklistItem& item, const Application& app)
{
    QTemporaryDir scratch;
    const QString pdf = scratch.filePath(u"letter.pdf"_s);
    LetterRequest request;
    request.kind = kind;
    request.subjectId = item.subject == ChecklistItem::Subject::Website ? item.subjectId : QString();
    if (const Status written = writeLetterPdf(request, app, pdf); !written) {
        qWarning("the letter for %s was not written: %s", qPrintable(item.key),
                 qPrintable(written.error().message));
        return {};
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf);
    const std::unique_ptr<Poppler::Page> page = document ? document->page(0) : nullptr;
    const QImage image = page ? page->renderToImage(200, 200) : QImage();
    return image.isNull() ? QByteArray() : fx::jpeg(image.convertToFormat(QImage::Format_RGB32), 90);
}

} // namespace

QString writeDocumentFor(const ChecklistItem& item, const Application& app, const QDir& dir)
{
    const Person* person = personById(app, item.subjectId);
    fx::CardText card;
    card.entityName = app.entity.name;
    card.uscc = app.entity.certificateNumber;
    if (person) {
        card.name = person->name;
        card.idNumber = person->documentNumber;
    }
    const QString& r = item.requirement;
    QByteArray bytes;
    if (r == "entity-certificate"_L1) {
        card.validity = u"2015年03月01日 至 长期"_s;
        bytes = fx::jpeg(fx::businessLicence(card, true, 2000), 92);
    } else if (r == "id-front"_L1 && person) {
        bytes = fx::jpeg(fx::idCardFront(card));
    } else if (r == "id-back"_L1 && person) {
        card.validity = idValidity(*person);
        bytes = fx::jpeg(fx::idCardBack(card));
    } else if (r == "principal-photo"_L1) {
        bytes = fx::jpeg(fx::principalPhoto());
    } else if (r == "authenticity-sheet"_L1) {
        const Website* site = websiteById(app, {});
        const Person* principal = site ? personById(app, site->principalId) : nullptr;
        bytes = fx::jpeg(
            fx::textPage(u"网站备案信息真实性核验单\n\n主办单位名称：%1\n统一社会信用代码：%2\n"
                         "网站名称：%3\n网站负责人：%4"_s.arg(app.entity.name, app.entity.certificateNumber,
                                                              site ? site->name : QString(),
                                                              principal ? principal->name : QString())));
    } else if (item.letter) {
        // The authorisation letters (and any other line the assistant writes the letter for).
        bytes = scannedLetter(*item.letter, item, app);
    } else if (r == "domain-certificate"_L1) {
        const Website* site = websiteById(app, item.subjectId);
        const Domain* domain = site && item.subjectIndex >= 0 && item.subjectIndex < site->domains.size()
                                   ? &site->domains.at(item.subjectIndex)
                                   : nullptr;
        // Alibaba and Tencent want at least 200 KB: a wide colour scan at high quality.
        bytes = fx::jpeg(fx::textPage(u"域名注册证书\n\n域名：%1\n注册人：%2\n注册商：%3"_s.arg(
                                          domain ? domain->name : QString(),
                                          domain ? domain->registrantName : app.entity.name,
                                          domain ? domain->registrar : QString()),
                                      true, 2000),
                         95);
    }
    if (bytes.isEmpty()) {
        qWarning("no document for the checklist line %s", qPrintable(item.key));
        return {};
    }
    // Images only (see the header); the line's key is unique within the application.
    QString name = item.key;
    name.replace(u':', u'-');
    const QString path = dir.filePath(name + u".jpg"_s);
    return fx::writeFile(path, bytes) ? path : QString();
}

} // namespace icp::test
