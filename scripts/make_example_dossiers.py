#!/usr/bin/env python3
"""Writes the example dossiers in tests/data/dossiers/ (docs/dossier.md).

All people, companies, numbers and domains are invented. Identity numbers are made
valid with the GB 11643 MOD 11-2 check, credit codes with the GB 32100 MOD 31 check
around a valid GB 11714 organisation code, so the rules engine sees realistic data.
Mobile numbers are 138 0013 800x test numbers, IPs come from the documentation
ranges (RFC 5737 / RFC 3849). The output is in canonical form (sorted keys, 2-space
indent, trailing newline) and lists every field, so that reading and writing a file
with the application gives the same bytes.

Run from the repository root:  python3 scripts/make_example_dossiers.py
"""
import copy
import hashlib
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "dossiers")


def resident_id(body17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(d) * w for d, w in zip(body17, weights))
    return body17 + "10X98765432"[s % 11]


def org_code(body8):
    def value(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(value(ch) * w for ch, w in zip(body8, weights)) % 11
    return body8 + {10: "X", 11: "0"}.get(c, str(c))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(authority_category, region6, org_body8):
    body = authority_category + region6 + org_code(org_body8)
    assert all(c in USCC_CHARS for c in body), body
    weights = [pow(3, i, 31) for i in range(17)]
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, weights))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def person(pid, name, id17, expiry, mobile, email, roles, landline="", doc_type="resident-id", number=None):
    return {
        "id": pid, "name": name, "documentType": doc_type,
        "documentNumber": number if number else resident_id(id17),
        "documentExpiry": expiry, "mobile": mobile, "landline": landline, "email": email, "roles": roles,
    }


def domain(name, a_label, registrant, registrant_number, verified, expires, registrar, organisation=True,
           registrant_doc="resident-id"):
    return {
        "name": name, "aLabel": a_label, "registrar": registrar, "registrantName": registrant,
        "registrantDocumentType": registrant_doc, "registrantIsOrganisation": organisation,
        "registrantDocumentNumber": registrant_number, "realNameVerifiedOn": verified, "expiresOn": expires,
    }


def website(wid, name, urls, domains, service_type, principal, access, remarks="", languages=None,
            pre_approvals=None, filing_number=""):
    return {
        "id": wid, "name": name, "homepageUrls": urls, "domains": domains, "serviceType": service_type,
        "preApprovals": pre_approvals or [], "languages": languages or ["zh-Hans"], "remarks": remarks,
        "principalId": principal, "access": access, "filingNumber": filing_number,
    }


def access(provider, province, ips):
    return {"provider": provider, "provinceCode": province, "ipAddresses": ips}


def document(did, kind, subject, file_name, mime, size):
    return {"id": did, "kind": kind, "subjectId": subject, "fileName": file_name,
            "sha256": sha(did + file_name), "byteSize": size, "mimeType": mime}


def entity(etype, name, cert_type, cert_number, cert_address, comm_address, postcode, province, investor,
           filing_number="", capital=0, foreign=0):
    return {
        "type": etype, "name": name, "certificateType": cert_type, "certificateNumber": cert_number,
        "certificateAddress": cert_address, "communicationAddress": comm_address, "postcode": postcode,
        "provinceCode": province, "investor": investor, "filingNumber": filing_number,
        "registeredCapitalYuan": capital, "foreignEquityPercent": foreign,
    }


def application(aid, kind, operation, status, ent, persons, websites, documents, history, created, updated,
                planned=None, wizard_page="", scope="province", categories=None, pledge=False):
    return {
        "id": aid, "kind": kind, "operation": operation, "status": status, "entity": ent,
        "persons": persons, "websites": websites, "documents": documents, "history": history,
        "createdAt": created, "updatedAt": updated, "plannedSubmission": planned, "wizardPage": wizard_page,
        "licenceScope": scope, "serviceCategories": categories or [], "noPreApprovalPledgeSigned": pledge,
    }


def status(key, at, note=""):
    return {"status": key, "at": at, "note": note}


def licence(lid, app_id, kind, number, entity_name, scope, services, issued, expires, reports):
    return {"id": lid, "applicationId": app_id, "kind": kind, "number": number, "entityName": entity_name,
            "scope": scope, "services": services, "issuedOn": issued, "expiresOn": expires,
            "annualReports": reports,
            # The portfolio registry's fields (docs/portfolio.md), empty in the examples.
            "uscc": "", "provinceCode": 0, "websites": [], "accessProvider": "", "hostingExpiresOn": None,
            "businessChangedOn": None, "owner": "", "status": "active", "notes": ""}


def dossier(app, licences=None, exported_at=None):
    d = {"format": "icp-dossier", "version": 1, "application": app}
    if exported_at:
        d["exportedAt"] = exported_at
    if licences:
        d["licences"] = licences
    return d


def canonical(value):
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(name, value):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(value if isinstance(value, str) else canonical(value))


# Registrars and access providers are real, MIIT-accredited companies from model/data/registrars.json, so
# that DOM-005 recognises them; the domains registered with them are invented (they all contain "example").
ALIYUN = "阿里云计算有限公司"
TENCENT = "腾讯云计算（北京）有限责任公司"
XINNET = "北京新网数码信息技术有限公司"
ZKSF = "北京中科三方网络技术有限公司"
CNDNS = "上海美橙科技信息发展有限公司"

# Documents follow the upload profile of model/data/document-limits.json: JPG/PNG scans or photos of
# realistic sizes (under 2 MB; a domain certificate at least 200 KB; the backdrop photo a JPG).


def enterprise_app():
    """The enterprise first filing in Beijing, clean as of 2026-11-29 (submitted on 2026-11-26)."""
    company = "北京云栈示例科技有限公司"
    code = uscc("91", "110108", "MA01R7Q3")
    persons = [
        person("3f0c2a9e-0001-4c1a-9b7e-000000000001", "王建国", "11010819820315451", "2036-03-14",
               "13800138000", "wang.jianguo@yunzhan-example.cn", ["entity-principal", "legal-representative"],
               landline="010-62345678"),
        person("3f0c2a9e-0002-4c1a-9b7e-000000000002", "陈晓梅", "11010519900520602", "2040-05-19",
               "13800138001", "chen.xiaomei@yunzhan-example.cn", ["website-principal"]),
        person("3f0c2a9e-0003-4c1a-9b7e-000000000003", "刘洋", "31010419870911303", "2038-07-02",
               "13800138002", "liu.yang@yunzhan-example.cn", ["website-principal"]),
        person("3f0c2a9e-0004-4c1a-9b7e-000000000004", "赵敏", "11022419950102004", "2041-03-08",
               "13800138003", "zhao.min@yunzhan-example.cn", ["emergency-contact"]),
    ]
    pids = [p["id"] for p in persons]

    def org_domain(name, registrar, expires, a_label=None):
        return domain(name, a_label or name, company, code, "2024-03-18", expires, registrar=registrar)

    # One domain per website (MIIT 2019, docs/regulations.md §5.4): the company files each of its
    # domains as a website of its own, the IDN one too.
    sites = [
        website("8b6d1f20-0001-4e0b-a5c3-000000000001", "云栈科技官网",
                ["https://www.yunzhan-example.cn/"],
                [org_domain("yunzhan-example.cn", ALIYUN, "2031-03-18")],
                "organisation-portal", pids[1],
                [access(TENCENT, 11, ["192.0.2.10", "2001:db8::10"])],
                remarks="企业介绍、产品信息和新闻动态，不含交互功能。"),
        website("8b6d1f20-0002-4e0b-a5c3-000000000002", "云栈产品文档中心",
                ["https://docs.yzdocs-example.cn/"],
                [org_domain("yzdocs-example.cn", TENCENT, "2031-06-30")],
                "organisation-portal", pids[1],
                [access(TENCENT, 11, ["192.0.2.11"])],
                remarks="产品使用手册与接口文档。", languages=["zh-Hans", "en"]),
        website("8b6d1f20-0003-4e0b-a5c3-000000000003", "云栈人才招聘",
                ["https://www.yzjobs-example.cn/"],
                [org_domain("yzjobs-example.cn", XINNET, "2031-09-15")],
                "organisation-portal", pids[2],
                [access(TENCENT, 11, ["198.51.100.20"]), access(ALIYUN, 33, ["198.51.100.21"])],
                remarks="发布本公司招聘信息。"),
        website("8b6d1f20-0004-4e0b-a5c3-000000000004", "云栈科技中文域名站",
                ["https://www.云栈示例.中国/"],
                [org_domain("云栈示例.中国", ZKSF, "2031-01-09",
                            "云栈示例".encode("idna").decode() + ".xn--fiqs8s")],
                "organisation-portal", pids[1],
                [access(TENCENT, 11, ["192.0.2.12"])],
                remarks="公司简介的中文域名入口。"),
    ]
    docs = [
        document("d0c5e7a1-0001-4f6e-8d2b-000000000001", "entity-certificate", "", "营业执照.jpg",
                 "image/jpeg", 812345),
        document("d0c5e7a1-0002-4f6e-8d2b-000000000002", "id-front", pids[0], "王建国-身份证正面.jpg",
                 "image/jpeg", 402113),
        document("d0c5e7a1-0003-4f6e-8d2b-000000000003", "id-back", pids[0], "王建国-身份证反面.jpg",
                 "image/jpeg", 398771),
        document("d0c5e7a1-0004-4f6e-8d2b-000000000004", "id-front", pids[1], "陈晓梅-身份证正面.jpg",
                 "image/jpeg", 377002),
        document("d0c5e7a1-0005-4f6e-8d2b-000000000005", "id-front", pids[2], "刘洋-身份证正面.jpg",
                 "image/jpeg", 365440),
        document("d0c5e7a1-0006-4f6e-8d2b-000000000006", "authenticity-sheet", sites[0]["id"],
                 "网站备案信息真实性核验单-官网.jpg", "image/jpeg", 1156002),
        document("d0c5e7a1-0007-4f6e-8d2b-000000000007", "commitment-letter", "", "备案承诺书.jpg",
                 "image/jpeg", 698034),
        document("d0c5e7a1-0008-4f6e-8d2b-000000000008", "domain-certificate", sites[0]["id"],
                 "域名证书-yunzhan-example.cn.png", "image/png", 364520),
        document("d0c5e7a1-0009-4f6e-8d2b-000000000009", "id-back", pids[1], "陈晓梅-身份证反面.jpg",
                 "image/jpeg", 371288),
        document("d0c5e7a1-0010-4f6e-8d2b-000000000010", "id-back", pids[2], "刘洋-身份证反面.jpg",
                 "image/jpeg", 359107),
        document("d0c5e7a1-0011-4f6e-8d2b-000000000011", "principal-photo", pids[1], "陈晓梅-幕布照.jpg",
                 "image/jpeg", 1482350),
        document("d0c5e7a1-0012-4f6e-8d2b-000000000012", "principal-photo", pids[2], "刘洋-幕布照.jpg",
                 "image/jpeg", 1391774),
        document("d0c5e7a1-0013-4f6e-8d2b-000000000013", "authenticity-sheet", sites[1]["id"],
                 "网站备案信息真实性核验单-文档中心.jpg", "image/jpeg", 1138470),
        document("d0c5e7a1-0014-4f6e-8d2b-000000000014", "authenticity-sheet", sites[2]["id"],
                 "网站备案信息真实性核验单-招聘.jpg", "image/jpeg", 1162915),
        document("d0c5e7a1-0015-4f6e-8d2b-000000000015", "authenticity-sheet", sites[3]["id"],
                 "网站备案信息真实性核验单-中文域名站.jpg", "image/jpeg", 1149630),
    ]
    history = [
        status("draft", "2026-11-16T01:12:40Z"),
        status("queued", "2026-11-26T07:30:00Z"),
        status("provider-review", "2026-11-26T07:30:04.512Z"),
    ]
    return application(
        "6f1c3a52-8d1e-4a57-9a0b-2c4e5f607182", "filing", "first-filing", "provider-review",
        entity("enterprise", company, "business-licence", code, "北京市海淀区中关村示例大街27号8层801",
               "北京市海淀区中关村示例大街27号8层801", "100080", 11, "云栈示例控股有限公司"),
        persons, sites, docs, history, "2026-11-16T01:12:40Z", "2026-11-26T07:30:04.512Z",
        planned="2026-11-26", wizard_page="review")


def enterprise_filing():
    write("enterprise-filing.json", dossier(enterprise_app(), exported_at="2026-11-27T08:00:00Z"))


def enterprise_filing_with_mistakes():
    """The enterprise filing as a draft with typical data-entry mistakes, each one a blocking finding."""
    app = copy.deepcopy(enterprise_app())
    app["id"] = "6f1c3a52-8d1e-4a57-9a0b-2c4e5f607183"  # its own application, so both can be imported
    app["status"] = "draft"
    app["history"] = [status("draft", "2026-11-16T01:12:40Z")]
    app["updatedAt"] = "2026-11-27T09:05:00Z"
    app["plannedSubmission"] = "2026-12-01"
    app["wizardPage"] = "review"
    ent = app["entity"]
    # 1. The credit code retyped from a photocopy: last character L instead of the right one (ENT-003).
    good = ent["certificateNumber"]
    ent["certificateNumber"] = good[:-1] + ("L" if good[-1] != "L" else "M")
    persons = app["persons"]
    # 2. The principal's identity card was renewed, the old expiry date was copied (PER-010).
    persons[0]["documentExpiry"] = "2026-03-14"
    # 3. A website principal's e-mail with a comma for the dot (PER-015).
    persons[1]["email"] = "chen.xiaomei@yunzhan-example,cn"
    # 4. The emergency contact's ID with an impossible birth date, 30 February, but a matching
    #    check character: only the date is wrong (PER-002).
    persons[3]["documentNumber"] = resident_id("11022419950230004")
    sites = app["websites"]
    # 5. The docs site's filing domain entered as the host name (DOM-004: file yzdocs-example.cn).
    sites[1]["domains"][0]["name"] = sites[1]["domains"][0]["aLabel"] = "docs.yzdocs-example.cn"
    # 6. The recruitment site moved to a .io domain, which cannot be filed at all (DOM-001) and
    #    Beijing refuses anyway (DOM-002).
    sites[2]["domains"][0]["name"] = sites[2]["domains"][0]["aLabel"] = "yzjobs-example.io"
    sites[2]["homepageUrls"] = ["https://www.yzjobs-example.io/"]
    # 7. A national word in a company's website name (WEB-003).
    sites[2]["name"] = "中国云栈人才招聘网"
    write("enterprise-filing-with-mistakes.json", dossier(app))


def personal_filing():
    owner = person("a2e4c6d8-0001-4b3a-8c1d-000000000001", "孙雨", "44030519930815126", "2043-08-14",
                   "13800138004", "sunyu@example.com", ["entity-principal", "website-principal"])
    site = website("b3f5d7e9-0001-4c4b-9d2e-000000000001", "孙雨的读书笔记",
                   ["https://www.sunyu-notes-example.cn/"],
                   [domain("sunyu-notes-example.cn", "sunyu-notes-example.cn", "孙雨", owner["documentNumber"],
                           "2026-10-12", "2031-10-12", organisation=False, registrar=TENCENT)],
                   "blog", owner["id"], [access(TENCENT, 44, ["203.0.113.8"])],
                   remarks="个人读书笔记，不开放评论。")
    docs = [
        document("c4a6e8f0-0001-4d5c-ae3f-000000000001", "id-front", owner["id"], "身份证正面.jpg",
                 "image/jpeg", 356120),
        document("c4a6e8f0-0002-4d5c-ae3f-000000000002", "id-back", owner["id"], "身份证反面.jpg",
                 "image/jpeg", 341876),
        document("c4a6e8f0-0003-4d5c-ae3f-000000000003", "hand-held-id-photo", owner["id"], "手持身份证.jpg",
                 "image/jpeg", 1203554),
        document("c4a6e8f0-0004-4d5c-ae3f-000000000004", "authenticity-sheet", site["id"],
                 "网站备案信息真实性核验单.jpg", "image/jpeg", 1087342),
    ]
    app = application(
        "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a", "filing", "first-filing", "draft",
        entity("individual", "孙雨", "resident-id", owner["documentNumber"], "广东省深圳市南山区示例路8号",
               "广东省深圳市南山区示例路8号3栋1201", "518052", 44, ""),
        [owner], [site], docs, [status("draft", "2026-11-21T12:00:00Z")],
        "2026-11-21T12:00:00Z", "2026-11-28T12:41:09Z", wizard_page="websites")
    write("personal-filing.json", dossier(app))


def licence_application():
    company = "上海示例信息服务有限公司"
    code = uscc("91", "310115", "MA1G7K2P")
    app_id = "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170"
    persons = [
        person("e1d2c3b4-0001-4a5b-8c7d-000000000001", "周立新", "31011519680624211", None,
               "13800138005", "zhou.lixin@shexample-info.cn", ["entity-principal", "legal-representative"],
               landline="021-50123456"),
        person("e1d2c3b4-0002-4a5b-8c7d-000000000002", "吴静", "32010619890312402", "2039-03-11",
               "13800138006", "wu.jing@shexample-info.cn", ["website-principal", "emergency-contact"]),
    ]
    site = website("f6e5d4c3-0001-4b2a-9180-000000000001", "示例信息服务平台",
                   ["https://www.shexample-info.cn/"],
                   [domain("shexample-info.cn", "shexample-info.cn", company, code, "2023-02-20", "2031-02-19",
                           registrar=CNDNS)],
                   "other", persons[1]["id"], [access(TENCENT, 31, ["192.0.2.77"])],
                   remarks="为企业用户提供行业资讯的付费订阅服务。",
                   filing_number="沪ICP备2023012345号-1")
    docs = [
        document("aa11bb22-0001-4c3d-9e8f-000000000001", "entity-certificate", "", "营业执照副本.jpg",
                 "image/jpeg", 1203345),
        document("aa11bb22-0002-4c3d-9e8f-000000000002", "no-pre-approval-pledge", "", "无需前置审批承诺书.jpg",
                 "image/jpeg", 688412),
        document("aa11bb22-0003-4c3d-9e8f-000000000003", "id-front", persons[0]["id"], "周立新-身份证正面.jpg",
                 "image/jpeg", 402776),
        document("aa11bb22-0004-4c3d-9e8f-000000000004", "id-back", persons[0]["id"], "周立新-身份证反面.jpg",
                 "image/jpeg", 396204),
        document("aa11bb22-0005-4c3d-9e8f-000000000005", "website-principal-authorisation", site["id"],
                 "网站负责人授权书-吴静.jpg", "image/jpeg", 734118),
    ]
    history = [
        status("draft", "2025-09-01T02:00:00Z"),
        status("queued", "2025-09-15T03:15:00Z"),
        status("authority-review", "2025-09-16T09:00:00Z"),
        status("granted", "2026-01-15T06:30:00Z", "经营许可证已核发"),
    ]
    app = application(
        app_id, "licence", "first-filing", "granted",
        entity("enterprise", company, "business-licence", code, "中国（上海）自由贸易试验区示例路100号5楼",
               "上海市浦东新区示例路100号5楼", "200120", 31, "示例控股集团有限公司",
               filing_number="沪ICP备2023012345号", capital=10000000, foreign=0),
        persons, [site], docs, history, "2025-09-01T02:00:00Z", "2026-01-15T06:30:00Z",
        planned="2025-09-15", wizard_page="granted", scope="province", categories=["B25"], pledge=True)
    licences = [
        licence("0a1b2c3d-0001-4e5f-8a9b-000000000001", "", "filing", "沪ICP备2023012345号", company,
                "province", [], "2023-03-02", None, []),
        # Granted in January 2026, so it runs past 2030; its first annual report (2026) is due on
        # 2027-03-31.
        licence("0a1b2c3d-0002-4e5f-8a9b-000000000002", app_id, "licence", "沪B2-20260015", company,
                "province", ["B25"], "2026-01-15", "2031-01-15", []),
    ]
    write("licence-application.json", dossier(app, licences, exported_at="2026-11-27T01:02:03Z"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    enterprise_filing()
    enterprise_filing_with_mistakes()
    personal_filing()
    licence_application()
    print("USCC examples:", uscc("91", "110108", "MA01R7Q3"), uscc("91", "310115", "MA1G7K2P"))
    assert uscc("91", "110000", "60003734") == "91110000600037341L"  # docs/regulations.md §4.2 worked example
    assert resident_id("11010519491231002") == "11010519491231002X"  # GB 11643 own example
