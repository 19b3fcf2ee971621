# -*- coding: utf-8 -*-
"""Contents of the third held-out office folder "office3" (all names and figures
are fictional: tỉnh Minh Giang, its districts and all people below are made up
for this set; no overlap with office (tỉnh Đông Sơn) or office2 (tỉnh Bắc Hà)).

Single source of the documents' text, in proper Unicode. make_office.py renders
it into docs/; validate.py checks every answer in questions.jsonl against it
(and against the rendered files).

Conventions (same as office and office2)
- Text documents (doc, docx, rtf, pdf, pptx, csv, legacy files) write numbers the
  Vietnamese way: thousands with "." and decimals with ",".
- Spreadsheets (xlsx, ods) store real numbers with a number format; answers are
  written as the cell is DISPLAYED under en-US ("#,##0" -> "80,215",
  "0.0%" -> "102.8%", "0" -> "9").

Letters are laid out as real Vietnamese administrative documents: issuing body,
"Số: …", place and date line, document type, subject line ("V/v …" for a công
văn, "Về việc …" for others), "Kính gửi: …", body, "Nơi nhận: …" and a signature
block. In the two Unicode letters the header and the footer are two-column
borderless tables, as Word templates do.
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
    "Thành phố Phước An",
    "Thị xã Kim Bồng",
    "Huyện Tùng Lâm",
    "Huyện Bảo Ninh",
    "Huyện Thạch Lương",
    "Huyện Vân Khê",
    "Huyện Gia Hưng",
    "Huyện Thượng Kinh",
]

QUOC_HIEU = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# ====================================================================
# 1. cong_van_318_phong_chong_thien_tai.doc  (công văn, Word 97 via LibreOffice)
# ====================================================================
CV318 = {
    "head_left": ["ỦY BAN NHÂN DÂN", "HUYỆN BẢO NINH", "Số: 318/UBND-NNMT",
                  "V/v triển khai công tác phòng, chống thiên tai mùa mưa bão năm 2025"],
    "head_right": QUOC_HIEU + ["Bảo Ninh, ngày 22 tháng 4 năm 2025"],
    "kinh_gui": ["Kính gửi:", "- Ủy ban nhân dân các xã, thị trấn;",
                 "- Các phòng, ban, ngành thuộc huyện."],
    "body": [
        "Theo dự báo của Đài Khí tượng Thủy văn tỉnh, mùa mưa bão năm 2025 có khoảng "
        "10 đến 12 cơn bão và áp thấp nhiệt đới ảnh hưởng đến tỉnh Minh Giang. Trên "
        "địa bàn huyện hiện có 1.236 hộ dân đang sinh sống tại vùng có nguy cơ sạt lở "
        "đất và ngập sâu.",
        "Ủy ban nhân dân huyện yêu cầu Ủy ban nhân dân các xã, thị trấn rà soát, cập "
        "nhật phương án sơ tán dân và gửi về Văn phòng Ban Chỉ huy phòng, chống thiên "
        "tai huyện trước ngày 15 tháng 5 năm 2025.",
        "Ngân sách huyện bố trí 2,35 tỷ đồng để mua sắm vật tư, phương tiện cứu hộ, "
        "cứu nạn; mỗi xã, thị trấn chuẩn bị tối thiểu 300 bao tải cát và 02 xuồng "
        "cứu hộ.",
        "Ngày 10 tháng 5 năm 2025, Chủ tịch Ủy ban nhân dân huyện Phan Thế Dũng sẽ "
        "chủ trì buổi diễn tập phòng, chống thiên tai tại xã Ninh Phong.",
        "Thường trực Ban Chỉ huy trực 24/24 giờ tại trụ sở Phòng Nông nghiệp và Môi "
        "trường huyện. Đầu mối liên hệ: ông Kiều Văn Lâm, Chánh Văn phòng Ban Chỉ "
        "huy, điện thoại 0912.486.073.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- Ban Chỉ huy PCTT và TKCN tỉnh;",
                  "- TT Huyện ủy, TT HĐND huyện;", "- Lưu: VT, NNMT."],
    "foot_right": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lã Đức Cường"],
}

# ====================================================================
# 2. cong_van_1142_tuan_le_du_lich.docx  (công văn, Unicode, Times New Roman)
# ====================================================================
CV1142 = {
    "head_left": ["UBND TỈNH MINH GIANG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                  "Số: 1142/SVHTTDL-QLDL",
                  "V/v tổ chức Tuần lễ Văn hóa - Du lịch Minh Giang năm 2025"],
    "head_right": QUOC_HIEU + ["Minh Giang, ngày 03 tháng 6 năm 2025"],
    "kinh_gui": ["Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố."],
    "body": [
        "Thực hiện Kế hoạch số 95/KH-UBND của Ủy ban nhân dân tỉnh, Sở Văn hóa, Thể "
        "thao và Du lịch tổ chức Tuần lễ Văn hóa - Du lịch Minh Giang năm 2025 từ ngày "
        "18/7/2025 đến ngày 24/7/2025 tại Quảng trường Trung tâm thành phố Phước An.",
        "Khu hội chợ bố trí 160 gian hàng. Mỗi huyện, thị xã, thành phố được hỗ trợ "
        "miễn phí 6 gian hàng để trưng bày sản phẩm OCOP và đặc sản địa phương.",
        "Tổng kinh phí tổ chức là 3,2 tỷ đồng, trong đó ngân sách tỉnh bảo đảm 1,8 tỷ "
        "đồng, phần còn lại huy động từ nguồn xã hội hóa.",
        "Ban Tổ chức dự kiến đón khoảng 45.000 lượt khách. Lễ khai mạc có sự tham dự "
        "của Phó Chủ tịch Ủy ban nhân dân tỉnh Tôn Nữ Diễm Hằng.",
        "Các đơn vị đăng ký gian hàng và chương trình biểu diễn nghệ thuật bằng văn bản "
        "về Sở trước ngày 30 tháng 6 năm 2025. Đầu mối liên hệ: bà Quách Thị Mai Anh, "
        "Phó Trưởng phòng Quản lý du lịch, điện thoại 0221.3867.402.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);",
                  "- Giám đốc Sở;", "- Lưu: VT, QLDL."],
    "foot_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Thân Văn Hiếu"],
}

# ====================================================================
# 3. thong_bao_45_dau_gia_tcvn3.docx  (thông báo, TCVN3: .VnTime / .VnTimeH)
# ====================================================================
# ("H", text): .VnTimeH run, typed lower case (the font draws capitals).
# ("P", text): .VnTime run. TCVN3 has no toned capitals, so the text avoids
#              capitals carrying a tone mark (as typists did).
TB45 = [
    ("H", "Ủy ban nhân dân"),
    ("H", "Huyện Thạch Lương"),
    ("P", "Số: 45/TB-UBND"),
    ("H", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("P", "Độc lập - Tự do - Hạnh phúc"),
    ("P", "Thạch Lương, ngày 12 tháng 8 năm 2024"),
    ("H", "Thông báo"),
    ("P", "Về việc đấu giá quyền sử dụng đất ở tại khu dân cư Đồng Me năm 2024"),
    ("P", "Kính gửi: Các tổ chức, cá nhân có nhu cầu sử dụng đất."),
    ("P", "Căn cứ kế hoạch sử dụng đất năm 2024 đã được phê duyệt, huyện Thạch Lương tổ "
          "chức đấu giá quyền sử dụng đất đối với 38 lô đất ở tại khu dân cư Đồng Me, "
          "xã Lương Sơn; diện tích mỗi lô từ 100 m2 đến 150 m2."),
    ("P", "Giá khởi điểm từ 4,2 triệu đồng/m2 đến 6,8 triệu đồng/m2. Tiền đặt trước "
          "bằng 15% giá khởi điểm của lô đất đăng ký."),
    ("P", "Hồ sơ tham gia đấu giá được bán và nhận tại Trung tâm Phát triển quỹ đất "
          "huyện từ ngày 19/8/2024 đến 17 giờ ngày 06/9/2024. Phiên đấu giá được tổ "
          "chức lúc 8 giờ ngày 10/9/2024 tại Nhà văn hóa xã Lương Sơn."),
    ("P", "Mọi chi tiết xin liên hệ bà Nông Thị Thu, cán bộ Trung tâm Phát triển quỹ "
          "đất huyện, điện thoại 0209.3612.758."),
    ("P", "Nơi nhận: Như trên; Sở Tài nguyên và Môi trường; Đài Truyền thanh huyện; Lưu: VT."),
    ("H", "Kt. chủ tịch"),
    ("H", "Phó chủ tịch"),
    ("P", "Bạch Văn Khởi"),
]

# ====================================================================
# 4. ke_hoach_27_tiem_phong_vni.docx  (kế hoạch, VNI-Times)
# ====================================================================
KH27 = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN VÂN KHÊ",
    "Số: 27/KH-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Vân Khê, ngày 04 tháng 3 năm 2025",
    "KẾ HOẠCH",
    "Về việc tiêm phòng vắc xin cho đàn gia súc, gia cầm đợt 1 năm 2025",
    "Kính gửi: Ủy ban nhân dân các xã, thị trấn.",
    "Đợt tiêm phòng được tổ chức từ ngày 15/3/2025 đến ngày 15/4/2025 trên địa bàn "
    "16 xã, thị trấn; phấn đấu tỷ lệ tiêm phòng đạt trên 85% tổng đàn trong diện tiêm.",
    "Đối tượng tiêm gồm 23.400 con trâu, bò được tiêm vắc xin lở mồm long móng và "
    "186.000 con gia cầm được tiêm vắc xin cúm gia cầm.",
    "Kinh phí mua vắc xin và vật tư là 1,47 tỷ đồng từ nguồn ngân sách huyện; thù lao "
    "cho người trực tiếp tiêm phòng là 3.000 đồng/con gia súc.",
    "Các xã, thị trấn báo cáo kết quả về Trạm Chăn nuôi và Thú y huyện trước ngày "
    "20/4/2025. Đầu mối liên hệ: ông Đèo Văn Sướng, Trạm trưởng Trạm Chăn nuôi và Thú "
    "y huyện, điện thoại 0977.315.286.",
    "Nơi nhận: Như trên; Sở Nông nghiệp và Môi trường; Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Thị Bích Liên",
]

# ====================================================================
# 5. cong_van_cu_1998_tcvn3.txt  (TCVN3 text saved as single-byte cp1252, CRLF)
# ====================================================================
CV_CU_TXT = [
    "Sở Giao thông vận tải tỉnh Minh Giang",
    "Số: 52/GT-KH",
    "Phước An, ngày 16 tháng 9 năm 1998",
    "V/v sửa chữa cầu, đường bị hư hỏng sau mưa lũ năm 1998",
    "Kính gửi: Phòng Công nghiệp - Giao thông các huyện, thị xã.",
    "Đợt mưa lũ từ ngày 02 đến ngày 07 tháng 9 năm 1998 đã làm hư hỏng 14 cầu và "
    "63 km đường huyện, đường xã trên địa bàn tỉnh.",
    "Sở đề nghị các huyện, thị xã khẩn trương lập dự toán sửa chữa, gửi về Sở trước "
    "ngày 05 tháng 10 năm 1998. Mức hỗ trợ từ ngân sách tỉnh tối đa bằng 70% giá trị "
    "dự toán được duyệt.",
    "Mọi vướng mắc xin liên hệ phòng Kế hoạch - Kỹ thuật của Sở, điện thoại 852.317.",
    "Nơi nhận: Như trên; UBND tỉnh; Lưu.",
    "KT. Giám đốc Sở",
    "Phó Giám đốc",
    "Đinh Xuân Bách",
]

# ====================================================================
# 6. bao_cao_kinh_te_xa_hoi_2024.docx  (report; Bảng 1 with caption, header,
#    8 units and Tổng cộng; Bảng 2 with TWO header rows / merged cells)
# ====================================================================
KT_T1 = [  # unit, diện tích km2, dân số trung bình, số đơn vị hành chính cấp xã
    ("Thành phố Phước An", 186.42, 231580, 19),
    ("Thị xã Kim Bồng", 342.17, 118264, 15),
    ("Huyện Tùng Lâm", 612.80, 96417, 21),
    ("Huyện Bảo Ninh", 528.36, 124903, 23),
    ("Huyện Thạch Lương", 745.09, 88726, 18),
    ("Huyện Vân Khê", 1036.54, 61358, 16),
    ("Huyện Gia Hưng", 437.25, 142071, 24),
    ("Huyện Thượng Kinh", 893.61, 73845, 17),
]


def kt_t1_rows():
    rows = [[u, vn_dec(a, 2), vn_int(p), vn_int(round(p / a)), str(x)]
            for (u, a, p, x) in KT_T1]
    A = round(sum(r[1] for r in KT_T1), 2)
    P = sum(r[2] for r in KT_T1)
    X = sum(r[3] for r in KT_T1)
    rows.append(["Tổng cộng", vn_dec(A, 2), vn_int(P), vn_int(round(P / A)), str(X)])
    return rows


KT_T2 = [  # unit, hộ nghèo đầu năm, cuối năm, tỷ lệ đầu năm, cuối năm (%)
    ("Thành phố Phước An", 412, 287, "0,71", "0,49"),
    ("Thị xã Kim Bồng", 538, 396, "1,62", "1,19"),
    ("Huyện Tùng Lâm", 1264, 973, "4,85", "3,72"),
    ("Huyện Bảo Ninh", 1087, 842, "3,21", "2,48"),
    ("Huyện Thạch Lương", 1519, 1186, "6,37", "4,96"),
    ("Huyện Vân Khê", 2046, 1658, "12,84", "10,39"),
    ("Huyện Gia Hưng", 906, 701, "2,35", "1,81"),
    ("Huyện Thượng Kinh", 1733, 1402, "8,96", "7,24"),
]
KT_T2_TOTAL_RATES = ("3,12", "2,41")


def kt_t2_rows():
    rows = [[u, vn_int(a), vn_int(b), c, d] for (u, a, b, c, d) in KT_T2]
    rows.append(["Toàn tỉnh", vn_int(sum(r[1] for r in KT_T2)), vn_int(sum(r[2] for r in KT_T2)),
                 *KT_T2_TOTAL_RATES])
    return rows


KT_DOCX = {
    "header": ["ỦY BAN NHÂN DÂN", "TỈNH MINH GIANG", "Số: 276/BC-UBND"],
    "date": "Minh Giang, ngày 09 tháng 12 năm 2024",
    "title": "BÁO CÁO",
    "subtitle": "Tình hình kinh tế - xã hội năm 2024 và kế hoạch năm 2025",
    "paras_before": [
        "Năm 2024, tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 7,18% so với năm 2023; "
        "GRDP bình quân đầu người đạt 68,4 triệu đồng.",
        "Tổng thu ngân sách nhà nước trên địa bàn đạt 9.846 tỷ đồng, bằng 108,2% dự toán "
        "Hội đồng nhân dân tỉnh giao.",
        "Diện tích, dân số và số đơn vị hành chính cấp xã của từng huyện, thị xã, thành "
        "phố được tổng hợp tại Bảng 1.",
    ],
    "t1_caption": "Bảng 1. Diện tích, dân số trung bình và mật độ dân số năm 2024",
    "t1_header": ["Đơn vị", "Diện tích tự nhiên (km²)", "Dân số trung bình (người)",
                  "Mật độ dân số (người/km²)", "Số xã, phường, thị trấn"],
    "paras_middle": [
        "Công tác giảm nghèo tiếp tục được quan tâm; trong năm có 2.060 hộ thoát nghèo. "
        "Kết quả theo từng đơn vị tại Bảng 2.",
    ],
    "t2_caption": "Bảng 2. Kết quả giảm nghèo năm 2024",
    "t2_header_top": ["Đơn vị", "Số hộ nghèo (hộ)", "Tỷ lệ hộ nghèo (%)"],
    "t2_header_sub": ["Đầu năm", "Cuối năm", "Đầu năm", "Cuối năm"],
    "paras_after": [
        "Năm 2025, tỉnh phấn đấu tốc độ tăng GRDP đạt 8% trở lên, giảm tỷ lệ hộ nghèo "
        "xuống dưới 1,9% và tạo việc làm mới cho 21.500 lao động.",
    ],
    "noi_nhan": "Nơi nhận: Văn phòng Chính phủ; Bộ Kế hoạch và Đầu tư; TT Tỉnh ủy, TT HĐND tỉnh; Lưu: VT, TH.",
    "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vương Đình Hoan"],
}

# ====================================================================
# 7. bao_cao_nuoc_sach_nong_thon_2024.rtf  (report, docx -> LibreOffice rtf)
# ====================================================================
NS_ROWS_RAW = [  # đơn vị, số hộ nông thôn, số hộ dùng nước sạch đạt chuẩn, số công trình
    ("Thị xã Kim Bồng", 18642, 16905, 12),
    ("Huyện Tùng Lâm", 21357, 17486, 19),
    ("Huyện Bảo Ninh", 28914, 25037, 23),
    ("Huyện Thạch Lương", 19826, 15274, 17),
    ("Huyện Vân Khê", 14503, 9862, 26),
    ("Huyện Gia Hưng", 33175, 30418, 15),
    ("Huyện Thượng Kinh", 17269, 12731, 21),
]


def ns_rows():
    rows = [[u, vn_int(a), vn_int(b), vn_dec(100 * b / a), str(c)] for u, a, b, c in NS_ROWS_RAW]
    A = sum(r[1] for r in NS_ROWS_RAW)
    B = sum(r[2] for r in NS_ROWS_RAW)
    Cn = sum(r[3] for r in NS_ROWS_RAW)
    rows.append(["Tổng cộng", vn_int(A), vn_int(B), vn_dec(100 * B / A), str(Cn)])
    return rows


RTF_DOC = {
    "header": ["SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH MINH GIANG",
               "TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN", "Số: 63/BC-TTNS"],
    "title": "BÁO CÁO",
    "subtitle": "Kết quả thực hiện cấp nước sạch nông thôn năm 2024",
    "paras_before": [
        "Năm 2024, Trung tâm đã đầu tư mới 9 công trình cấp nước tập trung và sửa chữa, "
        "nâng cấp 14 công trình xuống cấp với tổng kinh phí 41,6 tỷ đồng.",
        "Tình hình sử dụng nước sạch đạt quy chuẩn của hộ gia đình nông thôn như sau:",
    ],
    "table_caption": "Bảng 1. Số hộ nông thôn sử dụng nước sạch đạt quy chuẩn năm 2024",
    "table_header": ["Đơn vị", "Số hộ nông thôn (hộ)", "Số hộ dùng nước sạch đạt chuẩn (hộ)",
                     "Tỷ lệ (%)", "Số công trình cấp nước tập trung"],
    "paras_after": [
        "Năm 2025, Trung tâm phấn đấu nâng tỷ lệ hộ nông thôn dùng nước sạch đạt quy "
        "chuẩn lên 82% và hoàn thành 5 công trình cấp nước liên xã.",
        "GIÁM ĐỐC",
        "Khúc Thị Ngân",
    ],
}

# ====================================================================
# 8. bao_cao_khu_cong_nghiep_9_thang_2024.pdf  (report, reportlab, DejaVuSans)
# ====================================================================
KCN_RAW = [  # khu công nghiệp, diện tích ha, tỷ lệ lấp đầy %, số dự án, vốn đăng ký triệu USD
    ("Khu công nghiệp Đồng Lý", 326.5, 87.4, 64, 1215.8),
    ("Khu công nghiệp Kim Bồng", 210.0, 72.6, 41, 684.2),
    ("Khu công nghiệp Hưng Thịnh", 185.3, 58.9, 27, 392.7),
    ("Khu công nghiệp Tùng Lâm", 150.8, 44.1, 18, 246.5),
    ("Khu công nghiệp cảng Thạch Lương", 402.6, 31.7, 12, 538.9),
]


def kcn_rows():
    rows = [[n, vn_dec(a), vn_dec(f), str(d), vn_dec(v)] for n, a, f, d, v in KCN_RAW]
    A = sum(r[1] for r in KCN_RAW)
    F = sum(r[1] * r[2] for r in KCN_RAW) / A
    rows.append(["Tổng cộng", vn_dec(A), vn_dec(F), str(sum(r[3] for r in KCN_RAW)),
                 vn_dec(sum(r[4] for r in KCN_RAW))])
    return rows


PDF_DOC = {
    "header": ["UBND TỈNH MINH GIANG", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "Số: 158/BC-BQL"],
    "title": "BÁO CÁO",
    "subtitle": "Tình hình thu hút đầu tư vào các khu công nghiệp 9 tháng đầu năm 2024",
    "paras_before": [
        "Trong 9 tháng đầu năm 2024, các khu công nghiệp trên địa bàn tỉnh thu hút mới "
        "17 dự án với tổng vốn đăng ký 642,3 triệu USD.",
        "Tổng số lao động đang làm việc tại các khu công nghiệp là 58.214 người, trong đó "
        "lao động nữ chiếm 61%.",
    ],
    "table_caption": "Bảng 1. Tình hình các khu công nghiệp đến ngày 30/9/2024",
    "table_header": ["Khu công nghiệp", "Diện tích (ha)", "Tỷ lệ lấp đầy (%)",
                     "Số dự án còn hiệu lực", "Vốn đăng ký (triệu USD)"],
    "paras_after": [
        "Quý IV năm 2024, Ban Quản lý tập trung hoàn thiện hạ tầng Khu công nghiệp cảng "
        "Thạch Lương và xúc tiến đầu tư tại Hàn Quốc, Nhật Bản.",
        "TRƯỞNG BAN",
        "Doãn Minh Tuấn",
    ],
}

# ====================================================================
# 9. san_xuat_nong_nghiep_2024.xlsx  (2 sheets; formula total row on sheet 1)
# ====================================================================
LUA_SHEET = "Lúa 2024"
LUA_TITLE = "Kết quả sản xuất lúa tỉnh Minh Giang năm 2024"
LUA_HEADER = ["Đơn vị", "Kế hoạch sản lượng (tấn)", "Thực hiện (tấn)", "Tỷ lệ hoàn thành"]
LUA_ROWS = [
    ("Thành phố Phước An", 18500, 18926),
    ("Thị xã Kim Bồng", 42000, 43317),
    ("Huyện Tùng Lâm", 61500, 59842),
    ("Huyện Bảo Ninh", 78000, 80215),
    ("Huyện Thạch Lương", 55000, 52608),
    ("Huyện Vân Khê", 23500, 21977),
    ("Huyện Gia Hưng", 86000, 88430),
    ("Huyện Thượng Kinh", 37500, 36154),
]
FMT_INT = "#,##0"
FMT_PCT = "0.0%"
# Tỷ lệ column stored as a value (ratio rounded to 4 decimals), format "0.0%".
# Total row: B, C are =SUM(...), D is =C/B; cached values written by LibreOffice.

CN_SHEET = "Chăn nuôi 2024"
CN_TITLE = "Tổng đàn gia súc tỉnh Minh Giang thời điểm 01/10/2024"
CN_HEADER = ["Đơn vị", "Đàn trâu (con)", "Đàn bò (con)", "Đàn lợn (con)"]
CN_ROWS = [
    ("Thành phố Phước An", 1254, 3087, 41620),
    ("Thị xã Kim Bồng", 4318, 6942, 58305),
    ("Huyện Tùng Lâm", 9476, 12853, 67912),
    ("Huyện Bảo Ninh", 7135, 10264, 89447),
    ("Huyện Thạch Lương", 11382, 9718, 54096),
    ("Huyện Vân Khê", 14907, 8531, 32764),
    ("Huyện Gia Hưng", 5623, 13495, 102358),
    ("Huyện Thượng Kinh", 12741, 7329, 45183),
]

# ====================================================================
# 10. diem_du_lich_cong_dong_van_khe.ods  (xlsx -> LibreOffice ods)
# ====================================================================
DL_TITLE = "Danh sách điểm du lịch cộng đồng huyện Vân Khê năm 2024"
DL_HEADER = ["Điểm du lịch", "Xã", "Người phụ trách", "Số homestay", "Lượt khách năm 2024"]
DL_ROWS = [
    ("Bản Nà Lươn", "Xã Vân Sơn", "Lường Thị Phấn", 9, 12460),
    ("Thôn Khe Rì", "Xã Khê Thượng", "Hoàng Văn Páo", 5, 6835),
    ("Bản Phiêng Lằn", "Xã Tân Khê", "Sầm Văn Đoàn", 7, 9214),
    ("Làng chài hồ Khe Lạnh", "Xã Đồng Tâm", "Vũ Thị Nhàn", 4, 4987),
    ("Thôn Làng Mới", "Xã Phú Khê", "Đinh Văn Thuận", 6, 7602),
    ("Bản Thẳm Vài", "Xã Vân Sơn", "Lò Thị Xuyến", 3, 3148),
]
DL_FMT_N = "0"
DL_FMT_K = "#,##0"

# ====================================================================
# 11. tong_ket_2024_so_tnmt.pptx
# ====================================================================
TN_ROWS_RAW = [  # chỉ tiêu, năm 2023, năm 2024, number of decimals (Vietnamese style)
    ("Giấy chứng nhận quyền sử dụng đất cấp mới (giấy)", 8426, 9713, 0),
    ("Thu tiền sử dụng đất (tỷ đồng)", 1842.6, 2105.9, 1),
    ("Tỷ lệ chất thải rắn đô thị được thu gom (%)", 91.2, 94.6, 1),
    ("Số cơ sở được kiểm tra về môi trường (cơ sở)", 186, 213, 0),
    ("Diện tích đo đạc bản đồ địa chính (ha)", 12350, 15840, 0),
]


def tn_rows():
    out = []
    for name, a, b, nd in TN_ROWS_RAW:
        f = (lambda x: vn_int(x)) if nd == 0 else (lambda x: vn_dec(x, nd))
        out.append([name, f(a), f(b), vn_dec(100 * b / a)])
    return out


PPTX_SLIDES = [
    {"title": "Tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
     "subtitle": "Sở Tài nguyên và Môi trường tỉnh Minh Giang - ngày 27 tháng 12 năm 2024"},
    {"title": "Kết quả nổi bật năm 2024",
     "bullets": [
         "Hoàn thành điều chỉnh quy hoạch sử dụng đất của 8/8 huyện, thị xã, thành phố",
         "Đưa vào vận hành cơ sở dữ liệu đất đai tại 5 huyện",
         "Xử lý dứt điểm 37 điểm tồn đọng rác thải sinh hoạt",
     ]},
    {"title": "Một số chỉ tiêu năm 2024 so với năm 2023",
     "table_header": ["Chỉ tiêu", "Năm 2023", "Năm 2024", "So sánh (%)"]},
    {"title": "Nhiệm vụ trọng tâm năm 2025",
     "bullets": [
         "Hoàn thành cơ sở dữ liệu đất đai tại 3 huyện còn lại trước ngày 30/9/2025",
         "Nâng tỷ lệ thu gom chất thải rắn đô thị lên 96%",
     ]},
]

# ====================================================================
# 12. duong_huyen_gia_hung_bao_tri_2025.csv  (UTF-8 with BOM, CRLF, Vietnamese numbers)
# ====================================================================
CSV_HEADER = ["Tên tuyến", "Mã tuyến", "Chiều dài (km)", "Kinh phí dự kiến (triệu đồng)",
              "Thời gian hoàn thành"]
CSV_ROWS = [
    ["Gia Hưng - Hưng Lợi", "ĐH.01", "12,6", "4.850", "Quý II/2025"],
    ["Thị trấn Gia Hưng - Đồng Bảo", "ĐH.03", "8,4", "3.120", "Quý III/2025"],
    ["Hưng Lợi - Cầu Trắng", "ĐH.05", "15,2", "6.475", "Quý IV/2025"],
    ["Tân Gia - Bến Đò Vàng", "ĐH.07", "6,9", "2.380", "Quý II/2025"],
    ["Đồng Bảo - Hưng Phú", "ĐH.08", "10,3", "4.015", "Quý III/2025"],
    ["Gia Thịnh - Núi Ngang", "ĐH.11", "9,7", "3.690", "Quý IV/2025"],
]
