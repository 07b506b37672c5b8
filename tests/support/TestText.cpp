#include "TestText.h"

namespace icp::test {

QString toFullWidth(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(c.unicode() >= 0x21 && c.unicode() <= 0x7E ? QChar(c.unicode() + 0xFEE0) : c);
    return out;
}

} // namespace icp::test
