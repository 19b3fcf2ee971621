# -*- coding: utf-8 -*-
"""Contents of the fifth held-out office folder "office5" (all names and figures
are fictional: tỉnh An Phước, its units and all people below are made up for this
set; no overlap with office (tỉnh Đông Sơn), office2 (tỉnh Bắc Hà), office3
(tỉnh Minh Giang) or office4 (tỉnh Hòa Vĩnh)).

Single source of the documents' text, in proper Unicode. make_office.py renders
it into docs/; validate.py checks every answer in questions.jsonl against it
(and against the rendered files).

Topics (none of office..office4's): civil-service recruitment (home affairs), a
trade fair, land recovery for a road, a job fair (labour), public consultation
on a town master plan (construction), Tết goods reserves in 1995 (trade), labour
and employment report, mineral resources report, legal aid report (justice),
building permits and housing, markets, the industry-and-trade half-year review,
residential land prices.

Conventions (same as office..office4)
- Text documents (doc, docx, odt, pdf, pptx, csv, legacy files) write numbers the
  Vietnamese way: thousands with "." and decimals with ",".
- Spreadsheets (xlsx, xls) store real numbers with a number format; answers are
  written as the cell is DISPLAYED under en-US ("#,##0" -> "7,386",
  "#,##0.0" -> "320.4", "0" -> "1998").

Letters are laid out as real Vietnamese administrative documents: issuing body,
"Số: …", place and date line, document type, subject line ("V/v …" for a công
văn, "Về việc …" for others), "Kính gửi: …" (not in the quyết định, which has
none), body, "Nơi nhận: …" and a signature block. In the Unicode letters (and the
.doc) the header and the footer are two-column borderless tables, as Word
templates do.
"""


# ---------------------------------------------------------------- helpers
def vn_int(n):
    """12345 -> '12.345'"""
    return f"{n:,}".replace(",", ".")


def vn_dec(x, nd=1):
    """1234.5 -> '1.234,5'"""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


UNITS = [
    "Thành phố Phước Hải",
    "Thị xã Tràng Lộc",
    "Huyện Sa Đông",
    "Huyện Vạn Thủy",
    "Huyện Nghi Khánh",
    "Huyện Lũng Pa",
    "Huyện Kỳ Xuyên",
    "Huyện Hưng Mỹ",
]

QUOC_HIEU = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# ====================================================================
# 1. cong_van_762_thi_tuyen_cong_chuc.doc  (công văn, Word 97 via LibreOffice)
# ====================================================================
CV762 = {
    "head_left": ["UBND TỈNH AN PHƯỚC", "SỞ NỘI VỤ", "Số: 762/SNV-CCVC",
                  "V/v tổ chức thi tuyển công chức hành chính năm 2025"],
    "head_right": QUOC_HIEU + ["An Phước, ngày 08 tháng 9 năm 2025"],
    "kinh_gui": ["Kính gửi:", "- Các sở, ban, ngành thuộc UBND tỉnh;",
                 "- UBND các huyện, thị xã, thành phố."],
    "body": [
        "Năm 2025, tỉnh An Phước tuyển dụng 214 chỉ tiêu công chức hành chính, trong đó "
        "cấp tỉnh 87 chỉ tiêu và cấp huyện 127 chỉ tiêu.",
        "Thí sinh nộp Phiếu đăng ký dự tuyển trực tuyến từ ngày 15/9/2025 đến hết ngày "
        "14/10/2025; lệ phí dự tuyển là 500.000 đồng/thí sinh.",
        "Vòng 1 (thi trắc nghiệm trên máy vi tính) được tổ chức ngày 16/11/2025 tại Trường "
        "Cao đẳng Kỹ thuật An Phước; vòng 2 thi viết môn nghiệp vụ chuyên ngành.",
        "Giám đốc Sở Nội vụ Trịnh Đức Mạnh là Chủ tịch Hội đồng tuyển dụng công chức tỉnh.",
        "Các cơ quan, đơn vị rà soát, gửi nhu cầu vị trí việc làm cần tuyển về Sở Nội vụ "
        "(qua Phòng Công chức, viên chức) trước ngày 12 tháng 9 năm 2025. Đầu mối liên hệ: "
        "ông Lã Văn Quyết, chuyên viên Phòng Công chức, viên chức, điện thoại 0251.3846.207.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);",
                  "- Giám đốc Sở;", "- Lưu: VT, CCVC."],
    "foot_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Văn Thị Kim Oanh"],
}

# ====================================================================
# 2. cong_van_1529_hoi_cho_cong_thuong.docx  (công văn, Unicode, Times New Roman)
# ====================================================================
CV1529 = {
    "head_left": ["UBND TỈNH AN PHƯỚC", "SỞ CÔNG THƯƠNG", "Số: 1529/SCT-QLTM",
                  "V/v tham gia Hội chợ Công Thương vùng duyên hải An Phước năm 2025"],
    "head_right": QUOC_HIEU + ["An Phước, ngày 03 tháng 10 năm 2025"],
    "kinh_gui": ["Kính gửi:", "- Các doanh nghiệp, hợp tác xã trên địa bàn tỉnh;",
                 "- UBND các huyện, thị xã, thành phố."],
    "body": [
        "Hội chợ Công Thương vùng duyên hải An Phước năm 2025 diễn ra từ ngày 05/12/2025 "
        "đến ngày 11/12/2025 tại Quảng trường Biển, thành phố Phước Hải.",
        "Hội chợ bố trí 320 gian hàng tiêu chuẩn (3m x 3m), trong đó dành 60 gian cho sản "
        "phẩm OCOP của các huyện.",
        "Giá thuê một gian hàng tiêu chuẩn là 6,5 triệu đồng cho cả kỳ hội chợ; hợp tác xã "
        "có sản phẩm OCOP được miễn tiền thuê gian hàng.",
        "Giám đốc Sở Công Thương Mai Xuân Đỉnh làm Trưởng Ban tổ chức hội chợ.",
        "Các đơn vị đăng ký tham gia gửi về Sở Công Thương (qua Phòng Quản lý thương mại) "
        "trước ngày 10 tháng 11 năm 2025. Đầu mối liên hệ: bà Khúc Thị Lan Anh, chuyên viên "
        "Phòng Quản lý thương mại, điện thoại 0912.647.305.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);",
                  "- Giám đốc Sở;", "- Lưu: VT, QLTM."],
    "foot_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Giáp Văn Thuận"],
}

# ====================================================================
# 3. quyet_dinh_3318_thu_hoi_dat.docx  (quyết định, Unicode; no "Kính gửi")
# ====================================================================
QD3318 = {
    "head_left": ["ỦY BAN NHÂN DÂN", "HUYỆN KỲ XUYÊN", "Số: 3318/QĐ-UBND"],
    "head_right": QUOC_HIEU + ["Kỳ Xuyên, ngày 18 tháng 7 năm 2025"],
    "title": ["QUYẾT ĐỊNH",
              "Về việc thu hồi đất để thực hiện dự án Đường tránh thị trấn Kỳ Xuyên",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN KỲ XUYÊN"],
    "can_cu": [
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
        "Căn cứ Quyết định số 512/QĐ-UBND ngày 21 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh "
        "An Phước phê duyệt dự án Đường tránh thị trấn Kỳ Xuyên;",
        "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường huyện tại Tờ trình số "
        "204/TTr-TNMT ngày 09 tháng 7 năm 2025.",
    ],
    "quyet_dinh": "QUYẾT ĐỊNH:",
    "dieu": [
        "Điều 1. Thu hồi 18,6 ha đất của 142 hộ gia đình, cá nhân và 2 tổ chức tại thị trấn "
        "Kỳ Xuyên và xã Khe Lim để xây dựng Đường tránh thị trấn Kỳ Xuyên, trong đó đất trồng "
        "lúa là 11,2 ha.",
        "Điều 2. Tổng kinh phí bồi thường, hỗ trợ và tái định cư là 37,4 tỷ đồng; 26 hộ phải "
        "di chuyển chỗ ở được bố trí tái định cư tại khu dân cư Đồng Chùa. Thời hạn bàn giao "
        "mặt bằng chậm nhất là ngày 31 tháng 10 năm 2025.",
        "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường, "
        "Giám đốc Trung tâm Phát triển quỹ đất huyện, Chủ tịch UBND thị trấn Kỳ Xuyên, Chủ "
        "tịch UBND xã Khe Lim và các hộ gia đình, cá nhân, tổ chức có đất bị thu hồi chịu "
        "trách nhiệm thi hành Quyết định này./.",
    ],
    "foot_left": ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh;", "- Sở Tài nguyên và Môi trường;",
                  "- TT Huyện ủy, TT HĐND huyện;", "- Lưu: VT, TNMT."],
    "foot_right": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Công Trứ"],
}

# ====================================================================
# 4. cong_van_295_ngay_hoi_viec_lam_tcvn3.docx  (công văn, TCVN3: .VnTime / .VnTimeH)
# ====================================================================
# ("H", text): .VnTimeH run, typed lower case (the font draws capitals).
# ("P", text): .VnTime run. TCVN3 has no toned capitals, so the text avoids
#              capitals carrying a tone mark (as typists did).
CV295 = [
    ("H", "Ủy ban nhân dân"),
    ("H", "Huyện Sa Đông"),
    ("P", "Số: 295/UBND-LĐTBXH"),
    ("P", "V/v tổ chức Ngày hội việc làm huyện Sa Đông năm 2025"),
    ("H", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("P", "Độc lập - Tự do - Hạnh phúc"),
    ("P", "Sa Đông, ngày 14 tháng 4 năm 2025"),
    ("P", "Kính gửi: Phòng Lao động - Thương binh và Xã hội; Trung tâm Dịch vụ việc làm tỉnh "
          "An Phước; UBND các xã, thị trấn."),
    ("P", "Ngày hội việc làm huyện Sa Đông năm 2025 được tổ chức vào ngày 10 tháng 5 năm 2025 "
          "tại Nhà văn hóa trung tâm huyện, từ 7 giờ 30 đến 16 giờ."),
    ("P", "Dự kiến có 45 doanh nghiệp trong và ngoài tỉnh tham gia, tuyển dụng khoảng 2.300 "
          "vị trí việc làm, trong đó có 650 chỉ tiêu đi làm việc ở nước ngoài theo hợp đồng."),
    ("P", "Kinh phí tổ chức ngày hội là 126 triệu đồng, lấy từ nguồn kinh phí sự nghiệp bảo "
          "đảm xã hội của huyện."),
    ("P", "UBND các xã, thị trấn thông báo rộng rãi đến người lao động, nhất là thanh niên mới "
          "hoàn thành nghĩa vụ quân sự và lao động thuộc hộ nghèo, hộ cận nghèo."),
    ("P", "Mọi chi tiết xin liên hệ bà Nông Thị Huyền, Trưởng phòng Lao động - Thương binh và "
          "Xã hội huyện, điện thoại 0986.413.752."),
    ("P", "Nơi nhận: Như trên; Sở Lao động - Thương binh và Xã hội; TT Huyện ủy, TT HĐND huyện; Lưu: VT."),
    ("H", "Kt. chủ tịch"),
    ("H", "Phó chủ tịch"),
    ("P", "Lương Văn Cường"),
]

# ====================================================================
# 5. thong_bao_58_lay_y_kien_quy_hoach_vni.docx  (thông báo, VNI-Times)
# ====================================================================
TB58 = [
    "UBND TỈNH AN PHƯỚC",
    "SỞ XÂY DỰNG",
    "Số: 58/TB-SXD",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "An Phước, ngày 22 tháng 8 năm 2025",
    "THÔNG BÁO",
    "Về việc lấy ý kiến cộng đồng dân cư về đồ án Quy hoạch chung thị trấn Vạn Thủy đến năm 2045",
    "Kính gửi: UBND huyện Vạn Thủy; UBND thị trấn Vạn Thủy và các xã Tà Xeng, Bản Phìn; "
    "nhân dân trong khu vực lập quy hoạch.",
    "Đồ án có phạm vi lập quy hoạch 1.450 ha, dự báo quy mô dân số thị trấn Vạn Thủy đến "
    "năm 2045 là 32.000 người.",
    "Hồ sơ đồ án được trưng bày công khai trong 30 ngày, từ ngày 01/9/2025 đến ngày "
    "30/9/2025, tại Hội trường UBND thị trấn Vạn Thủy.",
    "Ý kiến góp ý xin ghi vào phiếu lấy ý kiến đặt tại nơi trưng bày hoặc gửi bằng văn bản "
    "về Sở Xây dựng.",
    "Sau khi tổng hợp ý kiến, Sở Xây dựng trình UBND tỉnh phê duyệt đồ án trong quý IV năm 2025.",
    "Mọi thông tin xin liên hệ ông Kha Minh Tú, Trưởng phòng Quy hoạch - Kiến trúc, điện "
    "thoại 0251.3829.461.",
    "Nơi nhận: Như trên; UBND tỉnh; Lưu: VT, QHKT.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Cầm Thị Mai Phương",
]

# ====================================================================
# 6. cong_van_cu_1995_tcvn3.txt  (TCVN3 text saved as single-byte cp1252, CRLF)
# ====================================================================
CV_CU_TXT = [
    "Sở Thương mại - Du lịch tỉnh An Phước",
    "Số: 87/TMDL-KD",
    "Phước Hải, ngày 12 tháng 12 năm 1995",
    "V/v bảo đảm hàng hóa phục vụ Tết Nguyên đán Bính Tý 1996",
    "Kính gửi: Các công ty thương nghiệp huyện, thị xã.",
    "Để phục vụ nhân dân đón Tết, các đơn vị tổ chức dự trữ 2.800 tấn gạo, 450 tấn muối "
    "iốt và 120 tấn đường kính.",
    "Hàng hóa phải bán đúng giá niêm yết; việc dự trữ phải hoàn thành trước ngày 15 tháng 01 "
    "năm 1996.",
    "Mọi vướng mắc xin liên hệ phòng Kinh doanh của Sở, điện thoại 852.419.",
    "Nơi nhận: Như trên; UBND tỉnh; Lưu.",
    "KT. Giám đốc Sở",
    "Phó Giám đốc",
    "Hầu Văn Kiên",
]

# ====================================================================
# 7. bao_cao_lao_dong_viec_lam_2024.docx  (report; Bảng 1 with caption, header,
#    8 units and Tổng cộng; Bảng 2 with TWO header rows / merged cells, last row
#    Toàn tỉnh)
# ====================================================================
LD_T1 = [  # unit, lao động được tạo việc làm, trong đó đi nước ngoài, đào tạo nghề, DN mới
    ("Thành phố Phước Hải", 6842, 412, 7356, 486),
    ("Thị xã Tràng Lộc", 3915, 538, 4127, 173),
    ("Huyện Sa Đông", 2764, 621, 3208, 58),
    ("Huyện Vạn Thủy", 2137, 344, 2659, 41),
    ("Huyện Nghi Khánh", 3386, 705, 3874, 96),
    ("Huyện Lũng Pa", 1248, 187, 1932, 17),
    ("Huyện Kỳ Xuyên", 2951, 463, 3415, 72),
    ("Huyện Hưng Mỹ", 3409, 576, 3926, 88),
]


def ld_t1_rows():
    rows = [[u, vn_int(a), vn_int(b), vn_int(c), vn_int(d)] for (u, a, b, c, d) in LD_T1]
    rows.append(["Tổng cộng"] + [vn_int(sum(r[k] for r in LD_T1)) for k in (1, 2, 3, 4)])
    return rows


LD_T2 = [  # unit, người hưởng trợ cấp thất nghiệp 2023, 2024; tỷ lệ LĐ qua đào tạo có bằng cấp 2023, 2024 (%)
    ("Thành phố Phước Hải", 2415, 2186, "41,27", "43,05"),
    ("Thị xã Tràng Lộc", 1038, 1124, "33,62", "35,18"),
    ("Huyện Sa Đông", 512, 476, "24,15", "26,40"),
    ("Huyện Vạn Thủy", 387, 341, "21,73", "23,09"),
    ("Huyện Nghi Khánh", 694, 728, "27,84", "29,36"),
    ("Huyện Lũng Pa", 126, 139, "17,52", "19,24"),
    ("Huyện Kỳ Xuyên", 573, 548, "25,91", "27,63"),
    ("Huyện Hưng Mỹ", 631, 602, "26,48", "28,12"),
]
LD_T2_TOTAL_RATES = ("28,04", "29,58")


def ld_t2_rows():
    rows = [[u, vn_int(a), vn_int(b), c, d] for (u, a, b, c, d) in LD_T2]
    rows.append(["Toàn tỉnh", vn_int(sum(r[1] for r in LD_T2)), vn_int(sum(r[2] for r in LD_T2)),
                 *LD_T2_TOTAL_RATES])
    return rows


LD_DOCX = {
    "header": ["UBND TỈNH AN PHƯỚC", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số: 118/BC-SLĐTBXH"],
    "date": "An Phước, ngày 20 tháng 12 năm 2024",
    "title": "BÁO CÁO",
    "subtitle": "Kết quả công tác lao động, việc làm và giáo dục nghề nghiệp năm 2024",
    "paras_before": [
        "Năm 2024, kết quả giải quyết việc làm của tỉnh đạt 105,3% kế hoạch năm; tỷ lệ thất "
        "nghiệp khu vực thành thị là 2,87%, giảm 0,21 điểm phần trăm so với năm 2023.",
        "Trung tâm Dịch vụ việc làm tỉnh đã tổ chức 48 phiên giao dịch việc làm, trong đó có "
        "9 phiên lưu động tại các huyện miền núi.",
        "Kết quả giải quyết việc làm, đào tạo nghề và phát triển doanh nghiệp của từng huyện, "
        "thị xã, thành phố được tổng hợp tại Bảng 1.",
    ],
    "t1_caption": "Bảng 1. Kết quả giải quyết việc làm và đào tạo nghề năm 2024",
    "t1_header": ["Đơn vị", "Số lao động được tạo việc làm (người)",
                  "Trong đó: đi làm việc ở nước ngoài (người)",
                  "Số người được đào tạo nghề (người)", "Số doanh nghiệp thành lập mới (doanh nghiệp)"],
    "paras_middle": [
        "Chính sách bảo hiểm thất nghiệp được thực hiện kịp thời; chất lượng nguồn nhân lực "
        "từng bước được nâng lên. Số liệu theo từng đơn vị tại Bảng 2.",
    ],
    "t2_caption": "Bảng 2. Trợ cấp thất nghiệp và tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ năm 2023, 2024",
    "t2_header_top": ["Đơn vị", "Số người hưởng trợ cấp thất nghiệp (người)",
                      "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (%)"],
    "t2_header_sub": ["Năm 2023", "Năm 2024", "Năm 2023", "Năm 2024"],
    "paras_after": [
        "Năm 2025, ngành phấn đấu giải quyết việc làm cho 28.000 lao động, đưa 4.000 lao động "
        "đi làm việc ở nước ngoài và nâng tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ lên 31%.",
    ],
    "noi_nhan": "Nơi nhận: Bộ Lao động - Thương binh và Xã hội; UBND tỉnh; Các phòng, đơn vị thuộc Sở; Lưu: VT, VL.",
    "sign": ["GIÁM ĐỐC", "Ma Đình Thắng"],
}

# ====================================================================
# 8. bao_cao_khoang_san_2024.odt  (report, docx -> LibreOffice odt)
# ====================================================================
KS_ROWS_RAW = [  # đơn vị, giấy phép còn hiệu lực, sản lượng khai thác m3, vụ trái phép bị xử lý, tiền phạt triệu đồng
    ("Thành phố Phước Hải", 6, 184250, 14, 735),
    ("Thị xã Tràng Lộc", 9, 326480, 11, 562),
    ("Huyện Sa Đông", 12, 415730, 8, 386),
    ("Huyện Vạn Thủy", 7, 247615, 17, 914),
    ("Huyện Nghi Khánh", 10, 368920, 9, 417),
    ("Huyện Lũng Pa", 15, 532140, 6, 258),
    ("Huyện Kỳ Xuyên", 8, 291365, 13, 648),
    ("Huyện Hưng Mỹ", 5, 163840, 10, 472),
]


def ks_rows():
    rows = [[u, str(a), vn_int(b), str(c), vn_int(d)] for u, a, b, c, d in KS_ROWS_RAW]
    rows.append(["Tổng cộng"] + [vn_int(sum(r[k] for r in KS_ROWS_RAW)) for k in (1, 2, 3, 4)])
    return rows


ODT_DOC = {
    "header": ["UBND TỈNH AN PHƯỚC", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 341/BC-STNMT"],
    "title": "BÁO CÁO",
    "subtitle": "Tình hình quản lý, cấp phép và khai thác khoáng sản năm 2024",
    "paras_before": [
        "Năm 2024, thu ngân sách từ hoạt động khoáng sản trên địa bàn tỉnh đạt 186,9 tỷ đồng, "
        "gồm tiền cấp quyền khai thác khoáng sản, thuế tài nguyên và phí bảo vệ môi trường.",
        "Sở đã thẩm định, trình UBND tỉnh cấp mới 6 giấy phép khai thác đá làm vật liệu xây "
        "dựng thông thường và đóng cửa 9 mỏ đã hết hạn giấy phép.",
    ],
    "table_caption": "Bảng 1. Cấp phép, khai thác và xử lý vi phạm về khoáng sản năm 2024 theo địa bàn",
    "table_header": ["Đơn vị", "Số giấy phép khai thác còn hiệu lực (giấy phép)",
                     "Sản lượng khai thác (m3)", "Số vụ khai thác trái phép bị xử lý (vụ)",
                     "Số tiền xử phạt (triệu đồng)"],
    "paras_after": [
        "Năm 2025, Sở tiếp tục rà soát các mỏ cát, sỏi lòng sông, kiên quyết xử lý các trường "
        "hợp khai thác vượt công suất được cấp phép.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Âu Thị Ánh Tuyết",
    ],
}

# ====================================================================
# 9. bao_cao_tro_giup_phap_ly_9_thang_2025.pdf  (report, reportlab, DejaVuSans;
#    header cells wrap onto two or more lines)
# ====================================================================
TGPL_RAW = [  # diện người được trợ giúp, vụ việc thụ lý, tham gia tố tụng, đã kết thúc
    ("Người thuộc hộ nghèo", 214, 96, 187),
    ("Người thuộc hộ cận nghèo", 91, 37, 80),
    ("Người có công với cách mạng", 83, 27, 76),
    ("Người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn", 356, 148, 302),
    ("Trẻ em", 127, 119, 98),
    ("Người khuyết tật", 68, 31, 59),
    ("Người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi", 142, 138, 113),
    ("Nạn nhân bạo lực gia đình", 45, 12, 41),
]


def tgpl_rows():
    rows = [[n, vn_int(a), vn_int(b), vn_int(c)] for n, a, b, c in TGPL_RAW]
    rows.append(["Tổng cộng"] + [vn_int(sum(r[k] for r in TGPL_RAW)) for k in (1, 2, 3)])
    return rows


PDF_DOC = {
    "header": ["SỞ TƯ PHÁP TỈNH AN PHƯỚC", "TRUNG TÂM TRỢ GIÚP PHÁP LÝ NHÀ NƯỚC", "Số: 176/BC-TTTGPL"],
    "title": "BÁO CÁO",
    "subtitle": "Kết quả công tác trợ giúp pháp lý 9 tháng đầu năm 2025",
    "paras_before": [
        "Trong 9 tháng đầu năm 2025, Trung tâm đã tổ chức 64 đợt trợ giúp pháp lý lưu động "
        "tại các xã, thu hút 5.218 lượt người tham dự.",
        "Hiện Trung tâm có 17 trợ giúp viên pháp lý và 23 luật sư ký hợp đồng thực hiện trợ "
        "giúp pháp lý; 100% vụ việc tham gia tố tụng được đánh giá đạt chất lượng.",
    ],
    "table_caption": "Bảng 1. Vụ việc trợ giúp pháp lý theo diện người được trợ giúp",
    "table_header": ["Diện người được trợ giúp pháp lý", "Số vụ việc đã thụ lý (vụ việc)",
                     "Số vụ việc tham gia tố tụng (vụ việc)", "Số vụ việc đã kết thúc (vụ việc)"],
    "paras_after": [
        "Quý IV năm 2025, Trung tâm tiếp tục ưu tiên trợ giúp pháp lý cho người dân tộc thiểu "
        "số ở vùng đặc biệt khó khăn và trẻ em.",
        "GIÁM ĐỐC",
        "Quan Văn Lợi",
    ],
}

# ====================================================================
# 10. cap_phep_xay_dung_nha_o_2024.xlsx  (2 sheets; formula total row on sheet 1)
# ====================================================================
XD_SHEET = "Cấp phép xây dựng 2024"
XD_TITLE = "Cấp giấy phép xây dựng trên địa bàn tỉnh An Phước năm 2024"
XD_HEADER = ["Đơn vị", "Số giấy phép xây dựng đã cấp (giấy phép)",
             "Diện tích sàn được cấp phép (m2)", "Diện tích sàn bình quân (m2/giấy phép)"]
XD_ROWS = [
    ("Thành phố Phước Hải", 2318, 742650),
    ("Thị xã Tràng Lộc", 1146, 318420),
    ("Huyện Sa Đông", 684, 152730),
    ("Huyện Vạn Thủy", 527, 118940),
    ("Huyện Nghi Khánh", 893, 206315),
    ("Huyện Lũng Pa", 241, 47860),
    ("Huyện Kỳ Xuyên", 765, 171280),
    ("Huyện Hưng Mỹ", 812, 183590),
]
FMT_INT = "#,##0"
FMT_DEC = "#,##0.0"
# Bình quân column stored as a value (round(area/permits, 1)), format "#,##0.0".
# Total row: B, C are =SUM(...), D is =C/B; cached values written by LibreOffice.

NO_SHEET = "Nhà ở 2024"
NO_TITLE = "Kết quả phát triển nhà ở tỉnh An Phước năm 2024"
NO_HEADER = ["Đơn vị", "Số nhà ở riêng lẻ xây mới (căn)", "Diện tích sàn nhà ở hoàn thành (m2)",
             "Số căn nhà ở xã hội hoàn thành (căn)"]
NO_ROWS = [
    ("Thành phố Phước Hải", 2104, 486250, 612),
    ("Thị xã Tràng Lộc", 1027, 213480, 248),
    ("Huyện Sa Đông", 636, 121905, 36),
    ("Huyện Vạn Thủy", 489, 97320, 24),
    ("Huyện Nghi Khánh", 815, 168740, 120),
    ("Huyện Lũng Pa", 228, 41615, 18),
    ("Huyện Kỳ Xuyên", 703, 142860, 60),
    ("Huyện Hưng Mỹ", 754, 151230, 84),
]

# ====================================================================
# 11. cho_tren_dia_ban_hung_my.xls  (xlsx -> LibreOffice xls, Excel 97)
# ====================================================================
CH_TITLE = "Danh sách chợ trên địa bàn huyện Hưng Mỹ năm 2025"
CH_HEADER = ["Tên chợ", "Xã, thị trấn", "Hạng chợ", "Năm đưa vào sử dụng", "Số hộ kinh doanh cố định"]
CH_ROWS = [
    ("Chợ Trung tâm Hưng Mỹ", "Thị trấn Hưng Mỹ", "Hạng 1", 2011, 1284),
    ("Chợ Cầu Gạo", "Xã Mỹ Lợi", "Hạng 2", 2006, 412),
    ("Chợ Đồng Sim", "Xã Đồng Sim", "Hạng 3", 1998, 136),
    ("Chợ Bến Đá", "Xã Mỹ Thạnh", "Hạng 2", 2015, 387),
    ("Chợ Nông sản đầu mối Hưng Mỹ", "Xã Hưng Lộc", "Hạng 1", 2019, 1056),
    ("Chợ phiên Gò Nổi", "Xã Gò Nổi", "Hạng 3", 1987, 94),
]
CH_FMT_Y = "0"
CH_FMT_K = "#,##0"

# ====================================================================
# 12. so_ket_6_thang_2025_cong_thuong.pptx
# ====================================================================
CT_ROWS_RAW = [  # chỉ tiêu, 6 tháng 2024, 6 tháng 2025 (1 decimal, Vietnamese style)
    ("Giá trị sản xuất công nghiệp (tỷ đồng)", 18426.3, 20137.8),
    ("Tổng mức bán lẻ hàng hóa (tỷ đồng)", 14582.6, 16041.2),
    ("Kim ngạch xuất khẩu (triệu USD)", 612.4, 695.1),
    ("Kim ngạch nhập khẩu (triệu USD)", 388.7, 421.5),
    ("Sản lượng điện thương phẩm (triệu kWh)", 1046.2, 1128.9),
]


def ct_rows():
    return [[name, vn_dec(a), vn_dec(b), vn_dec(b / a * 100)] for name, a, b in CT_ROWS_RAW]


PPTX_SLIDES = [
    {"title": "Sơ kết công tác 6 tháng đầu năm 2025 ngành Công Thương",
     "subtitle": "Sở Công Thương tỉnh An Phước - ngày 10 tháng 7 năm 2025"},
    {"title": "Kết quả nổi bật 6 tháng đầu năm 2025",
     "bullets": [
         "Chỉ số sản xuất công nghiệp (IIP) tăng 9,2% so với cùng kỳ",
         "Tổ chức 14 phiên chợ đưa hàng Việt về nông thôn, miền núi",
         "Cấp điện lưới quốc gia cho 1.870 hộ dân tại 12 thôn, bản chưa có điện",
     ]},
    {"title": "Một số chỉ tiêu chủ yếu so với cùng kỳ",
     "table_header": ["Chỉ tiêu", "6 tháng năm 2024", "6 tháng năm 2025", "So với cùng kỳ (%)"]},
    {"title": "Nhiệm vụ 6 tháng cuối năm 2025",
     "bullets": [
         "Phấn đấu kim ngạch xuất khẩu cả năm đạt 1.450 triệu USD",
         "Khởi công hạ tầng Cụm công nghiệp Đồng Bưởi, huyện Nghi Khánh",
     ]},
]

# ====================================================================
# 13. gia_dat_o_thi_tran_ky_xuyen_2025.csv  (UTF-8 with BOM, CRLF, ","-separated,
#     fields quoted only where needed; Vietnamese numbers)
# ====================================================================
CSV_DELIM = ","
CSV_HEADER = ["Tên đường", "Đoạn (từ - đến)", "Vị trí 1 (đồng/m2)", "Vị trí 2 (đồng/m2)",
              "Vị trí 3 (đồng/m2)"]
CSV_ROWS = [
    ["Đường Trung Tâm", "Cầu Kỳ Xuyên - Ngã tư Bưu điện", "18.500.000", "9.200.000", "5.600.000"],
    ["Đường Chợ Mới", "Ngã tư Bưu điện - Chợ Kỳ Xuyên", "16.000.000", "8.100.000", "4.900.000"],
    ["Đường Hồ Sen", "Ngã ba Hồ Sen - Trường THPT Kỳ Xuyên", "11.500.000", "6.300.000", "3.800.000"],
    ["Đường Khe Lim", "Ngã ba Chợ Mới - Cầu Khe Lim", "7.800.000", "4.200.000", "2.600.000"],
    ["Đường Đồng Chùa", "Đường Trung Tâm - Khu dân cư Đồng Chùa", "6.400.000", "3.500.000", "2.100.000"],
    ["Đường Ga Cũ", "Ngã tư Bưu điện, qua Ga Kỳ Xuyên cũ", "9.600.000", "5.100.000", "3.200.000"],
    ["Đường Bờ Sông", "Cầu Kỳ Xuyên - Bến đò Vạn", "5.200.000", "2.900.000", "1.800.000"],
]
