#include "rules/WordIndex.h"

namespace icp {

WordIndex::WordIndex(const QStringList& words, const QList<int>& payloads)
    : m_payloads(payloads)
{
    for (const QString& w : words) {
        if (w.isEmpty())
            continue;
        const QString folded = w.toCaseFolded();
        m_byFirst[folded.front().unicode()].append(int(m_words.size()));
        m_words.append(w);
        m_folded.append(folded);
    }
}

const QString* WordIndex::findIn(QStringView text) const
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto it = m_byFirst.constFind(text[i].toCaseFolded().unicode());
        if (it == m_byFirst.constEnd())
            continue;
        for (const int index : *it) {
            if (text.mid(i).startsWith(m_folded[index], Qt::CaseInsensitive))
                return &m_words[index];
        }
    }
    return nullptr;
}

} // namespace icp
