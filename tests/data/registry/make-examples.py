#!/usr/bin/env python3
"""Writes the registry import examples of this directory (README.md says what each is for).

Every entity, number and domain is invented; the check characters of the unified social credit
codes are computed here (GB 32100-2015 and GB 11714, as model/validation/Uscc.cpp does), so the
codes pass the validators without belonging to anyone. Usage, from the repository root:
    python3 tests/data/registry/make-examples.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def organisation_code(body8):
    """GB 11714: the ninth character of an organisation code."""
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c, 36) * w for c, w in zip(body8, weights))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def uscc(prefix2, region6, body8):
    """GB 32100-2015: 17 characters and their check character."""
    first17 = prefix2 + region6 + body8 + organisation_code(body8)
    total = sum(USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + USCC_ALPHABET[(31 - total % 31) % 31]


def broken_checksum(code):
    """The same code with a wrong last character."""
    last = USCC_ALPHABET[(USCC_ALPHABET.index(code[-1]) + 1) % 31]
    return code[:-1] + last


ALPHA = uscc("91", "110105", "MA01XK3T")  # 示例网络科技（北京）有限公司
BETA = uscc("91", "440300", "MA5FQ2R8")   # 深圳示例云计算有限公司
GAMMA = uscc("52", "310104", "MJ4A7B9C")  # 上海市示例教育服务中心 (a private non-enterprise unit)

assert uscc("91", "350100", "M000100Y") == "91350100M000100Y43"  # the GB 32100 example


def csv_field(value, separator):
    if any(c in value for c in (separator, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def write(name, rows, encoding, separator=",", bom=False):
    text = "".join(separator.join(csv_field(v, separator) for v in row) + "\r\n" for row in rows)
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# As Excel in China saves "CSV (逗号分隔)": GB18030, Chinese headers, the dates as typed.
write("registry-gb18030.csv", [
    ["备案号", "类型", "主体名称", "统一社会信用代码", "省份", "业务种类", "发证日期", "有效期至", "网站",
     "域名", "域名到期", "首页", "公安备案号", "接入商", "负责人"],
    ["京ICP备20260001号", "备案", "示例网络科技（北京）有限公司", ALPHA, "北京", "", "2026/1/15", "",
     "示例商城 京ICP备20260001号-1", "example-mall.cn；example-mall.com.cn", "2027年6月1日",
     "https://www.example-mall.cn/", "京公网安备11010502030001号", "示例云", "张示例"],
    ["粤B2-20260002", "许可证", "深圳示例云计算有限公司", BETA, "广东", "B25、B21", "2026年2月1日", "",
     "示例资讯 粤ICP备20260003号-1", "example-news.cn", "2027/12/31", "https://example-news.cn/",
     "粤公网安备44030502000002号", "示例云", "李示例"],
    ["沪ICP备20260004号", "", "上海市示例教育服务中心", GAMMA, "上海", "", "2026-03-01", "",
     "示例课堂 沪ICP备20260004号-1；示例文库 沪ICP备20260004号-2", "example-class.cn；example-docs.cn",
     "2027-03-01；2028-03-01", "", "", "示例接入, 上海分公司", "王示例"],
], "gb18030")

# As a script or Excel's "CSV UTF-8" writes it: a BOM, English headers.
write("registry-utf8-bom.csv", [
    ["number", "kind", "entity", "uscc", "province", "services", "issued", "expires", "websites", "domains",
     "domain expires", "homepage", "psb", "provider", "owner"],
    ["京ICP备20260001号", "filing", "示例网络科技（北京）有限公司", ALPHA, "Beijing", "", "2026-01-15", "",
     "示例商城 京ICP备20260001号-1", "example-mall.cn; example-mall.com.cn", "2027-06-01",
     "https://www.example-mall.cn/", "京公网安备11010502030001号", "示例云", "张示例"],
    ["粤B2-20260002", "licence", "深圳示例云计算有限公司", BETA, "44", "B25; B21", "2026-02-01", "",
     "示例资讯 粤ICP备20260003号-1", "example-news.cn", "2027-12-31", "https://example-news.cn/",
     "粤公网安备44030502000002号", "示例云", "李示例"],
], "utf-8", bom=True)

# Tab-separated, without BOM (what "Text (Tab delimited)" or a copy from a sheet gives).
write("registry-tab.txt", [
    ["number", "entity", "uscc", "expires", "owner"],
    ["粤B2-20260002", "深圳示例云计算有限公司", BETA, "2031-02-01", "赵示例"],
    ["沪ICP备20260004号", "上海市示例教育服务中心", GAMMA, "", "王示例"],
], "utf-8", separator="\t")

# Two good rows around six bad ones, one problem each (README.md lists them).
write("registry-bad-rows.csv", [
    ["number", "entity", "uscc", "province", "expires", "domains", "psb", "owner"],
    ["京ICP备20260001号", "示例网络科技（北京）有限公司", ALPHA, "北京", "", "example-mall.cn", "", "张示例"],
    ["京ICP备2026001号", "示例甲公司", "", "", "", "", "", ""],
    ["粤B2-20260002", "深圳示例云计算有限公司", broken_checksum(BETA), "", "", "", "", ""],
    ["沪ICP备20260004号", "上海市示例教育服务中心", GAMMA, "", "2027-02-30", "", "", ""],
    ["京ICP备20260005号", "示例乙公司", "", "火星", "", "", "", ""],
    ["京ICP备20260006号", "示例丙公司", "", "", "", "example_bad.cn", "", ""],
    ["", "示例丁公司", "", "", "", "", "", ""],
    ["京ICP备20260007号", "示例戊公司", "", "", "", "example-wu.cn", "京公网安备1101050203号", ""],
    ["苏ICP备20260008号", "示例己公司", "", "江苏", "", "example-ji.cn", "", "钱示例"],
], "utf-8")
