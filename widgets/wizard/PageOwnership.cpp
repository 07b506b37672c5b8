#include "wizard/PageOwnership.h"

#include <QLatin1StringView>
#include <iterator>

using namespace Qt::StringLiterals;

namespace icp::wizard {

namespace {

using Id = WizardPage::Id;

struct Owner
{
    QLatin1StringView prefix; // "[]" stands for any index
    Id page;
};

// Which page shows which fields. A prefix owns the path it names and every path
// inside it ("persons" owns "persons[2].mobile"); the longest matching prefix wins.
constexpr Owner owners[] = {
    {"kind"_L1, Id::Type},
    {"operation"_L1, Id::Type},
    {"status"_L1, Id::Type},
    {"licenceScope"_L1, Id::Type},
    {"plannedSubmission"_L1, Id::Type},
    {"serviceCategories"_L1, Id::Type},
    {"entity.provinceCode"_L1, Id::Type},
    {"entity.filingNumber"_L1, Id::Type},
    {"entity"_L1, Id::Entity},
    {"persons"_L1, Id::People},
    {"websites"_L1, Id::Websites},
    {"noPreApprovalPledgeSigned"_L1, Id::Websites},
    {"websites[].access"_L1, Id::Servers},
    {"documents"_L1, Id::Documents},
};

// How much of `path` `prefix` matches ("[]" matching "[<digits>]"), or -1. A match ends
// at the end of the path or before the next member or index.
qsizetype matchLength(QStringView path, QLatin1StringView prefix)
{
    qsizetype p = 0;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        const char c = prefix[i].toLatin1();
        if (c == ']' && i > 0 && prefix[i - 1].toLatin1() == '[') {
            while (p < path.size() && path[p].isDigit())
                ++p;
        }
        if (p >= path.size() || path[p] != QLatin1Char(c))
            return -1;
        ++p;
    }
    if (p < path.size() && path[p] != u'.' && path[p] != u'[')
        return -1;
    return p;
}

} // namespace

const QList<PageInfo>& pageTable()
{
    static const QList<PageInfo> pages{
        {Id::Type, u"type", 1},         {Id::Entity, u"entity", 1},   {Id::People, u"people", 1},
        {Id::Websites, u"websites", 1}, {Id::Servers, u"servers", 1}, {Id::Documents, u"documents", 1},
        {Id::Review, u"review", 1},     {Id::Submit, u"submit", 2},   {Id::Audit, u"audit", 3},
        {Id::Granted, u"granted", 4},
    };
    return pages;
}

QString pageKey(WizardPage::Id id)
{
    for (const PageInfo& page : pageTable()) {
        if (page.id == id)
            return page.key.toString();
    }
    return {};
}

std::optional<WizardPage::Id> pageFromKey(QStringView key)
{
    for (const PageInfo& page : pageTable()) {
        if (page.key == key)
            return page.id;
    }
    return std::nullopt;
}

int pageStep(WizardPage::Id id)
{
    for (const PageInfo& page : pageTable()) {
        if (page.id == id)
            return page.step;
    }
    return 0;
}

WizardPage::Id firstPageOfStep(int step)
{
    for (const PageInfo& page : pageTable()) {
        if (page.step == step)
            return page.id;
    }
    return pageTable().constFirst().id;
}

std::optional<WizardPage::Id> pageOwning(QStringView fieldPath)
{
    std::optional<Id> owner;
    qsizetype longest = 0;
    for (const Owner& o : owners) {
        if (o.prefix.size() > longest && matchLength(fieldPath, o.prefix) >= 0) {
            longest = o.prefix.size();
            owner = o.page;
        }
    }
    return owner;
}

} // namespace icp::wizard
