#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace icp {

// A list of words (banned words, pre-approval keywords) indexed by first character,
// so that finding which words occur in a short text costs one hash lookup per
// character instead of one substring search per word. Matching ignores case.
class WordIndex
{
public:
    WordIndex() = default;
    explicit WordIndex(const QStringList& words, const QList<int>& payloads = {});

    // The first word (in text order) contained in `text`, or nullptr.
    const QString* findIn(QStringView text) const;
    // Calls f(word, payload) for every occurrence of every word in `text`.
    template <typename F> void forEachIn(QStringView text, F&& f) const
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto it = m_byFirst.constFind(text[i].toCaseFolded().unicode());
            if (it == m_byFirst.constEnd())
                continue;
            for (const int index : *it) {
                if (text.mid(i).startsWith(m_folded[index], Qt::CaseInsensitive))
                    f(m_words[index], m_payloads.value(index));
            }
        }
    }
    const QStringList& words() const { return m_words; }

private:
    QStringList m_words;
    QStringList m_folded;
    QList<int> m_payloads;
    QHash<char16_t, QList<int>> m_byFirst;
};

} // namespace icp
