#pragma once

#include <QString>
#include <QStringView>

namespace icp::rules {

// The id of a rule in the catalogue (RuleCatalogue.cpp) or of a document check
// (documents/DocumentChecks.cpp), as a type: rules emit findings
// with a RuleId, never with a string literal, so a rule can only name an id of this list,
// and tst_rules checks that the list and the catalogue hold the same ids. The string form ("ENT-004") is what
// findings, `icpctl rules`, the dossier and the backend carry; it never changes (ids are stable, only
// appended).
class RuleId
{
public:
    // Every id, in catalogue order (the list below, expanded once per use).
#define ICP_RULE_ID_DECLARE(name, text) static const RuleId name;
#define ICP_RULE_IDS(X)                                                                                      \
    X(ENT_001, "ENT-001")                                                                                    \
    X(ENT_002, "ENT-002")                                                                                    \
    X(ENT_003, "ENT-003")                                                                                    \
    X(ENT_004, "ENT-004")                                                                                    \
    X(ENT_005, "ENT-005")                                                                                    \
    X(ENT_006, "ENT-006")                                                                                    \
    X(ENT_007, "ENT-007")                                                                                    \
    X(ENT_008, "ENT-008")                                                                                    \
    X(ENT_009, "ENT-009")                                                                                    \
    X(ENT_010, "ENT-010")                                                                                    \
    X(ENT_011, "ENT-011")                                                                                    \
    X(ENT_012, "ENT-012")                                                                                    \
    X(PER_001, "PER-001")                                                                                    \
    X(PER_002, "PER-002")                                                                                    \
    X(PER_003, "PER-003")                                                                                    \
    X(PER_004, "PER-004")                                                                                    \
    X(PER_005, "PER-005")                                                                                    \
    X(PER_006, "PER-006")                                                                                    \
    X(PER_007, "PER-007")                                                                                    \
    X(PER_008, "PER-008")                                                                                    \
    X(PER_009, "PER-009")                                                                                    \
    X(PER_010, "PER-010")                                                                                    \
    X(PER_011, "PER-011")                                                                                    \
    X(PER_012, "PER-012")                                                                                    \
    X(PER_013, "PER-013")                                                                                    \
    X(PER_014, "PER-014")                                                                                    \
    X(PER_015, "PER-015")                                                                                    \
    X(PER_016, "PER-016")                                                                                    \
    X(PER_017, "PER-017")                                                                                    \
    X(WEB_001, "WEB-001")                                                                                    \
    X(WEB_002, "WEB-002")                                                                                    \
    X(WEB_003, "WEB-003")                                                                                    \
    X(WEB_004, "WEB-004")                                                                                    \
    X(WEB_005, "WEB-005")                                                                                    \
    X(WEB_006, "WEB-006")                                                                                    \
    X(WEB_007, "WEB-007")                                                                                    \
    X(WEB_008, "WEB-008")                                                                                    \
    X(WEB_009, "WEB-009")                                                                                    \
    X(WEB_010, "WEB-010")                                                                                    \
    X(WEB_011, "WEB-011")                                                                                    \
    X(WEB_012, "WEB-012")                                                                                    \
    X(WEB_013, "WEB-013")                                                                                    \
    X(WEB_014, "WEB-014")                                                                                    \
    X(WEB_015, "WEB-015")                                                                                    \
    X(WEB_016, "WEB-016")                                                                                    \
    X(WEB_017, "WEB-017")                                                                                    \
    X(WEB_018, "WEB-018")                                                                                    \
    X(DOM_001, "DOM-001")                                                                                    \
    X(DOM_002, "DOM-002")                                                                                    \
    X(DOM_003, "DOM-003")                                                                                    \
    X(DOM_004, "DOM-004")                                                                                    \
    X(DOM_005, "DOM-005")                                                                                    \
    X(DOM_006, "DOM-006")                                                                                    \
    X(DOM_007, "DOM-007")                                                                                    \
    X(DOM_008, "DOM-008")                                                                                    \
    X(DOM_009, "DOM-009")                                                                                    \
    X(DOM_010, "DOM-010")                                                                                    \
    X(DOM_011, "DOM-011")                                                                                    \
    X(DOM_012, "DOM-012")                                                                                    \
    X(LIC_001, "LIC-001")                                                                                    \
    X(LIC_002, "LIC-002")                                                                                    \
    X(LIC_003, "LIC-003")                                                                                    \
    X(LIC_004, "LIC-004")                                                                                    \
    X(LIC_005, "LIC-005")                                                                                    \
    X(LIC_006, "LIC-006")                                                                                    \
    X(LIC_007, "LIC-007")                                                                                    \
    X(LIC_008, "LIC-008")                                                                                    \
    X(LIC_009, "LIC-009")                                                                                    \
    X(LIC_010, "LIC-010")                                                                                    \
    X(DOC_001, "DOC-001")                                                                                    \
    X(DOC_002, "DOC-002")                                                                                    \
    X(DOC_003, "DOC-003")                                                                                    \
    X(DOC_004, "DOC-004")                                                                                    \
    X(DOC_005, "DOC-005")                                                                                    \
    X(DOC_006, "DOC-006")                                                                                    \
    X(ORD_001, "ORD-001")                                                                                    \
    X(ORD_002, "ORD-002")                                                                                    \
    X(ORD_003, "ORD-003")                                                                                    \
    X(ORD_004, "ORD-004")                                                                                    \
    X(ORD_005, "ORD-005")                                                                                    \
    X(ORD_006, "ORD-006")                                                                                    \
    X(ORD_007, "ORD-007")                                                                                    \
    X(ORD_008, "ORD-008")                                                                                    \
    X(ORD_009, "ORD-009")                                                                                    \
    X(ORD_010, "ORD-010")                                                                                    \
    X(ORD_011, "ORD-011")
    ICP_RULE_IDS(ICP_RULE_ID_DECLARE)
    // The checks of a document's content (documents/DocumentChecks.cpp, their own catalogue).
#define ICP_DOCUMENT_CHECK_IDS(X)                                                                            \
    X(DOC_101, "DOC-101")                                                                                    \
    X(DOC_102, "DOC-102")                                                                                    \
    X(DOC_103, "DOC-103")                                                                                    \
    X(DOC_104, "DOC-104")                                                                                    \
    X(DOC_105, "DOC-105")                                                                                    \
    X(DOC_106, "DOC-106")                                                                                    \
    X(DOC_107, "DOC-107")                                                                                    \
    X(DOC_108, "DOC-108")                                                                                    \
    X(DOC_109, "DOC-109")                                                                                    \
    X(DOC_110, "DOC-110")                                                                                    \
    X(DOC_111, "DOC-111")                                                                                    \
    X(DOC_112, "DOC-112")                                                                                    \
    X(DOC_113, "DOC-113")
    ICP_DOCUMENT_CHECK_IDS(ICP_RULE_ID_DECLARE)
#undef ICP_RULE_ID_DECLARE

    constexpr QStringView view() const
    {
        return m_text;
    }
    // The stable string form, sharing the literal's storage (no allocation).
    QString toString() const
    {
        return QString::fromRawData(m_text.data(), m_text.size());
    }
    bool operator==(const RuleId& other) const
    {
        return m_text == other.m_text;
    }

private:
    constexpr explicit RuleId(QStringView text)
        : m_text(text)
    {}
    QStringView m_text;
};

// Only this header names an id as a string.
#define ICP_RULE_ID_DEFINE(name, text) inline constexpr RuleId RuleId::name = RuleId(u"" text);
ICP_RULE_IDS(ICP_RULE_ID_DEFINE)
ICP_DOCUMENT_CHECK_IDS(ICP_RULE_ID_DEFINE)
#undef ICP_RULE_ID_DEFINE

// Every RuleId constant, in catalogue order (tests compare it with the catalogue).
#define ICP_RULE_ID_LIST(name, text) RuleId::name,
inline constexpr RuleId allRuleIds[] = {ICP_RULE_IDS(ICP_RULE_ID_LIST)};
// Every document check id, in the order of documentCheckRules().
inline constexpr RuleId allDocumentCheckIds[] = {ICP_DOCUMENT_CHECK_IDS(ICP_RULE_ID_LIST)};
#undef ICP_RULE_ID_LIST

} // namespace icp::rules
