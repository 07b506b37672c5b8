// Throughput of the domain-name and ICP-number parsers (prints figures, asserts nothing).
#include "validation/DomainName.h"
#include "validation/IcpNumber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace icp;

namespace {

// Runs `parse` over `inputs` repeatedly for about `budgetMs` and prints parses per second.
template <typename Parse> void measure(const char* label, const QStringList& inputs, Parse parse)
{
    constexpr qint64 budgetMs = 1000;
    int valid = 0;
    for (const QString& input : inputs) // warm-up: loads the data tables and the PSL once
        valid += parse(input) ? 1 : 0;

    QElapsedTimer timer;
    timer.start();
    qint64 parses = 0;
    while (timer.elapsed() < budgetMs) {
        for (const QString& input : inputs)
            valid += parse(input) ? 1 : 0;
        parses += inputs.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << label << ": " << qint64(double(parses) / seconds) << " parses/s (" << parses
                        << " parses, " << inputs.size() << " inputs, " << (valid > 0 ? "ok" : "none valid")
                        << ")\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);

    const QStringList domains = {
        u"example.com"_s,
        u"www.example.com.cn"_s,
        u" HTTPS://Ｗｗｗ.Example.COM:8080/a?b "_s,
        u"a.b.example.bj.cn"_s,
        u"abc.edu.cn"_s,
        u"例子.中国"_s,
        u"xn--fsqu00a.xn--fiqs8s"_s,
        u"someone.github.io"_s,
        u"exa_mple.com"_s,
        u"com.cn"_s,
    };
    const QStringList ascii = {u"example.com"_s, u"www.example.com.cn"_s, u"shop.example.sh.cn"_s};
    const QStringList filings = {
        u"京ICP备2021034286号-3"_s,
        u"京ICP备11018762号"_s,
        u"蜀ICP备2026007879号-1"_s,
        u"京 ICP 备 11018762 号-11"_s,
        u"京ICP备２０２１０３４２８６号－１"_s,
        u"滇ICP备09010050-5号"_s,
        u"贵ICP备12345678号"_s,
        u"京ICP备123456789号"_s,
    };
    const QStringList licences = {u"京ICP证030173号"_s, u"粤B2-20090059"_s, u"B2-20080101"_s,
                                  u"合字A1.B1.B2-20180001"_s};
    const QStringList psb = {u"京公网安备11010502037644号"_s, u"苏公网安备 32010202010078号"_s};

    measure("domains (mixed, incl. IDN and errors)", domains,
            [](const QString& s) { return parseDomainName(s).ok(); });
    measure("domains (plain ASCII)", ascii, [](const QString& s) { return parseDomainName(s).ok(); });
    measure("domain normalisation only", domains,
            [](const QString& s) { return !normaliseDomainInput(s).isEmpty(); });
    measure("ICP filing numbers", filings, [](const QString& s) { return parseFilingNumber(s).ok(); });
    measure("ICP licence numbers", licences, [](const QString& s) { return parseLicenceNumber(s).ok(); });
    measure("PSB numbers", psb, [](const QString& s) { return parsePsbNumber(s).ok(); });
    return 0;
}
