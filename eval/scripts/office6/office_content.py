# -*- coding: utf-8 -*-
"""Contents of the sixth held-out office folder "office6" (all names and figures
are fictional: tỉnh Lạc Ninh, its units and all people below are made up for this
set; no overlap with office (tỉnh Đông Sơn), office2 (tỉnh Bắc Hà), office3
(tỉnh Minh Giang), office4 (tỉnh Hòa Vĩnh) or office5 (tỉnh An Phước)).

Single source of the documents' text, in proper Unicode. make_office.py renders
it into docs/; validate.py checks every answer in questions.jsonl against it
(and against the rendered files).

Topics (none of office..office5's): grade-10 admissions (education), student
health insurance, recognition of a provincial tourist area, a measles-rubella
vaccination campaign (health), selection of provincial science and technology
tasks, the 1996 budget settlement (finance, 1997 letter), environmental
protection report (waste, forests), tourism report, ethnic-affairs policy report,
state budget revenue and expenditure, upper-secondary schools, social and health
insurance results, entrance fees of tourist sites.

Conventions (same as office..office5)
- Text documents (doc, docx, odt, pdf, pptx, csv, legacy files) write numbers the
  Vietnamese way: thousands with "." and decimals with ",".
- Spreadsheets (xlsx, xls) store real numbers with a number format; answers are
  written as the cell is DISPLAYED under en-US ("#,##0" -> "4,121,000",
  "#,##0.0" -> "96.1", "0" -> "1978").

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
    "Thành phố Lạc Thành",
    "Thị xã Đồng Kha",
    "Huyện Phù Vân",
    "Huyện Tân Lãng",
    "Huyện Nậm Chà",
    "Huyện Cẩm Đào",
    "Huyện Thạch Bàn",
    "Huyện Ea Rông",
]

QUOC_HIEU = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# ====================================================================
# 1. cong_van_1147_tuyen_sinh_lop_10.doc  (công văn, Word 97 via LibreOffice)
# ====================================================================
CV_GD = {
    "head_left": ["UBND TỈNH LẠC NINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1147/SGDĐT-QLCL",
                  "V/v tổ chức kỳ thi tuyển sinh vào lớp 10 THPT năm học 2025-2026"],
    "head_right": QUOC_HIEU + ["Lạc Ninh, ngày 10 tháng 3 năm 2025"],
    "kinh_gui": ["Kính gửi:", "- Các trường trung học phổ thông;",
                 "- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố."],
    "body": [
        "Kỳ thi tuyển sinh vào lớp 10 THPT công lập năm học 2025-2026 của tỉnh Lạc Ninh được "
        "tổ chức trong hai ngày 03 và 04/6/2025; thí sinh làm 3 bài thi: Ngữ văn, Toán và Tiếng Anh.",
        "Toàn tỉnh tuyển 11.640 học sinh vào 27 trường THPT công lập, trong đó Trường THPT "
        "Chuyên Lạc Ninh tuyển 315 học sinh vào các lớp chuyên.",
        "Thí sinh đăng ký dự thi trực tuyến từ ngày 21/4/2025 đến hết ngày 05/5/2025; mỗi thí "
        "sinh được đăng ký tối đa 2 nguyện vọng vào các trường THPT không chuyên.",
        "Giám đốc Sở Giáo dục và Đào tạo Hoàng Văn Sính là Trưởng Ban chỉ đạo kỳ thi.",
        "Các trường THPT xây dựng phương án tuyển sinh, gửi về Sở Giáo dục và Đào tạo (qua Phòng "
        "Quản lý chất lượng) trước ngày 25 tháng 3 năm 2025. Đầu mối liên hệ: bà Giang Thị Thu "
        "Trang, chuyên viên Phòng Quản lý chất lượng, điện thoại 0208.3751.496.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);",
                  "- Giám đốc Sở;", "- Lưu: VT, QLCL."],
    "foot_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Diệp Minh Khôi"],
}

# ====================================================================
# 2. cong_van_862_bhyt_hoc_sinh.docx  (công văn, Unicode, Times New Roman)
# ====================================================================
CV_BHYT = {
    "head_left": ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH LẠC NINH", "Số: 862/BHXH-QLT",
                  "V/v thực hiện bảo hiểm y tế học sinh, sinh viên năm học 2025-2026"],
    "head_right": QUOC_HIEU + ["Lạc Ninh, ngày 04 tháng 6 năm 2025"],
    "kinh_gui": ["Kính gửi:", "- Sở Giáo dục và Đào tạo;",
                 "- Các trường đại học, cao đẳng trên địa bàn tỉnh."],
    "body": [
        "Mức đóng bảo hiểm y tế học sinh, sinh viên năm học 2025-2026 là 1.263.600 đồng/người/năm; "
        "ngân sách nhà nước hỗ trợ 30% mức đóng, riêng học sinh, sinh viên thuộc hộ cận nghèo "
        "được hỗ trợ 100%.",
        "Năm học 2024-2025, toàn tỉnh có 218.475 học sinh, sinh viên tham gia bảo hiểm y tế, "
        "đạt tỷ lệ 98,6%.",
        "Các cơ sở giáo dục lập danh sách, thu và chuyển tiền đóng bảo hiểm y tế của học sinh, "
        "sinh viên về tài khoản chuyên thu của Bảo hiểm xã hội tỉnh, hoàn thành trước ngày "
        "31 tháng 10 năm 2025.",
        "Giám đốc Bảo hiểm xã hội tỉnh Phùng Quang Vinh đề nghị các cơ sở giáo dục phân công "
        "cán bộ y tế trường học làm đầu mối thực hiện.",
        "Trong quá trình thực hiện, nếu có vướng mắc xin liên hệ ông Doãn Quốc Bảo, Trưởng phòng "
        "Quản lý thu - Sổ, thẻ, điện thoại 0915.382.604.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);",
                  "- Giám đốc;", "- Lưu: VT, QLT."],
    "foot_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Thân Thị Hòa"],
}

# ====================================================================
# 3. quyet_dinh_2074_khu_du_lich_pa_lang.docx  (quyết định, Unicode; no "Kính gửi")
# ====================================================================
QD_DL = {
    "head_left": ["ỦY BAN NHÂN DÂN", "TỈNH LẠC NINH", "Số: 2074/QĐ-UBND"],
    "head_right": QUOC_HIEU + ["Lạc Ninh, ngày 23 tháng 5 năm 2025"],
    "title": ["QUYẾT ĐỊNH",
              "Về việc công nhận Khu du lịch hồ Pá Lạng là khu du lịch cấp tỉnh",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠC NINH"],
    "can_cu": [
        "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;",
        "Căn cứ Nghị định số 168/2017/NĐ-CP ngày 31 tháng 12 năm 2017 của Chính phủ quy định "
        "chi tiết một số điều của Luật Du lịch;",
        "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số "
        "96/TTr-SVHTTDL ngày 08 tháng 5 năm 2025.",
    ],
    "quyet_dinh": "QUYẾT ĐỊNH:",
    "dieu": [
        "Điều 1. Công nhận Khu du lịch hồ Pá Lạng tại xã Pá Lạng, huyện Nậm Chà là khu du lịch "
        "cấp tỉnh, với tổng diện tích 645 ha, trong đó diện tích mặt hồ là 212 ha.",
        "Điều 2. Ban Quản lý Khu du lịch hồ Pá Lạng có trách nhiệm quản lý, khai thác khu du lịch "
        "theo quy hoạch được duyệt; phấn đấu đến năm 2030 đón 350.000 lượt khách mỗi năm và kêu "
        "gọi đầu tư khoảng 1.280 tỷ đồng vào các dự án dịch vụ du lịch.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc "
        "Sở Văn hóa, Thể thao và Du lịch, Chủ tịch UBND huyện Nậm Chà, Trưởng Ban Quản lý Khu du "
        "lịch hồ Pá Lạng và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ],
    "foot_left": ["Nơi nhận:", "- Như Điều 3;", "- Bộ Văn hóa, Thể thao và Du lịch;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."],
    "foot_right": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lò Văn Piếng"],
}

# ====================================================================
# 4. cong_van_356_tiem_vac_xin_soi_tcvn3.docx  (công văn, TCVN3: .VnTime / .VnTimeH)
# ====================================================================
# ("H", text): .VnTimeH run, typed lower case (the font draws capitals).
# ("P", text): .VnTime run. TCVN3 has no toned capitals, so the text avoids
#              capitals carrying a tone mark (as typists did).
CV_TCVN3 = [
    ("H", "Ủy ban nhân dân"),
    ("H", "Huyện Thạch Bàn"),
    ("P", "Số: 356/UBND-YT"),
    ("P", "V/v triển khai chiến dịch tiêm vắc xin sởi - rubella năm 2025"),
    ("H", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("P", "Độc lập - Tự do - Hạnh phúc"),
    ("P", "Thạch Bàn, ngày 07 tháng 4 năm 2025"),
    ("P", "Kính gửi: Trung tâm Y tế huyện; Phòng Giáo dục và Đào tạo; UBND các xã, thị trấn."),
    ("P", "Chiến dịch tiêm vắc xin sởi - rubella trên địa bàn huyện được triển khai từ ngày "
          "21/4/2025 đến ngày 10/5/2025 tại 14 trạm y tế xã, thị trấn và các điểm tiêm lưu động."),
    ("P", "Đối tượng tiêm là 9.860 trẻ từ 1 đến 5 tuổi chưa tiêm đủ 2 mũi vắc xin có thành phần "
          "sởi; mục tiêu tỷ lệ tiêm chủng đạt trên 95%."),
    ("P", "Kinh phí tổ chức chiến dịch là 215 triệu đồng, lấy từ nguồn sự nghiệp y tế của huyện."),
    ("P", "UBND các xã, thị trấn lập danh sách trẻ, vận động gia đình đưa trẻ đi tiêm đúng lịch, "
          "nhất là ở các thôn, bản vùng cao."),
    ("P", "Mọi chi tiết xin liên hệ bà Tòng Thị Pắn, Giám đốc Trung tâm Y tế huyện, điện thoại "
          "0977.524.136."),
    ("P", "Nơi nhận: Như trên; Sở Y tế; TT Huyện ủy, TT HĐND huyện; Lưu: VT."),
    ("H", "Kt. chủ tịch"),
    ("H", "Phó chủ tịch"),
    ("P", "Bế Văn Khải"),
]

# ====================================================================
# 5. thong_bao_74_tuyen_chon_nhiem_vu_khcn_vni.docx  (thông báo, VNI-Times)
# ====================================================================
TB_VNI = [
    "UBND TỈNH LẠC NINH",
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "Số: 74/TB-SKHCN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Lạc Ninh, ngày 16 tháng 6 năm 2025",
    "THÔNG BÁO",
    "Về việc tuyển chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026",
    "Kính gửi: Các viện nghiên cứu, trường đại học, doanh nghiệp và tổ chức khoa học và công "
    "nghệ trong và ngoài tỉnh.",
    "Năm 2026, tỉnh Lạc Ninh tuyển chọn 9 nhiệm vụ khoa học và công nghệ cấp tỉnh thuộc các "
    "lĩnh vực nông nghiệp, y dược, môi trường và chuyển đổi số.",
    "Tổng kinh phí dự kiến từ ngân sách sự nghiệp khoa học và công nghệ của tỉnh cho các nhiệm "
    "vụ là 6,8 tỷ đồng.",
    "Hồ sơ đăng ký nộp từ ngày 15/7/2025 đến 17 giờ ngày 14/8/2025 tại Bộ phận tiếp nhận và "
    "trả kết quả của Sở Khoa học và Công nghệ.",
    "Hội đồng khoa học và công nghệ tuyển chọn sẽ họp trong tháng 9 năm 2025.",
    "Mọi thông tin xin liên hệ ông Kiều Văn Thạch, Trưởng phòng Quản lý khoa học, điện "
    "thoại 0208.3862.715.",
    "Nơi nhận: Như trên; UBND tỉnh; Lưu: VT, QLKH.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Vi Thị Huệ",
]

# ====================================================================
# 6. cong_van_cu_1997_tcvn3.txt  (TCVN3 text saved as single-byte cp1252, CRLF)
# ====================================================================
CV_CU_TXT = [
    "Sở Tài chính - Vật giá tỉnh Lạc Ninh",
    "Số: 212/TCVG-NS",
    "Lạc Thành, ngày 05 tháng 02 năm 1997",
    "V/v lập báo cáo quyết toán ngân sách năm 1996",
    "Kính gửi: Phòng Tài chính các huyện, thị xã.",
    "Tổng thu ngân sách trên địa bàn tỉnh năm 1996 ước đạt 148,5 tỷ đồng, vượt 6,2% dự toán "
    "được giao.",
    "Các huyện, thị xã gửi báo cáo quyết toán thu, chi ngân sách năm 1996 về Sở trước ngày "
    "31 tháng 3 năm 1997.",
    "Mọi vướng mắc xin liên hệ phòng Quản lý ngân sách của Sở, điện thoại 822.637.",
    "Nơi nhận: Như trên; UBND tỉnh; Lưu.",
    "KT. Giám đốc Sở",
    "Phó Giám đốc",
    "Lý Văn Chỉnh",
]

# ====================================================================
# 7. bao_cao_bao_ve_moi_truong_2024.docx  (report; Bảng 1 with caption, header,
#    8 units and Tổng cộng; Bảng 2 with TWO header rows / merged cells, last row
#    Toàn tỉnh)
# ====================================================================
MT_T1 = [  # unit, CTR sinh hoạt phát sinh (tấn/năm), được thu gom (tấn/năm), cơ sở kiểm tra, cơ sở bị xử phạt
    ("Thành phố Lạc Thành", 68420, 66315, 84, 17),
    ("Thị xã Đồng Kha", 31250, 29480, 46, 9),
    ("Huyện Phù Vân", 18640, 16105, 38, 6),
    ("Huyện Tân Lãng", 15930, 13260, 29, 5),
    ("Huyện Nậm Chà", 6815, 4720, 12, 2),
    ("Huyện Cẩm Đào", 21470, 18935, 41, 8),
    ("Huyện Thạch Bàn", 12385, 10140, 23, 4),
    ("Huyện Ea Rông", 9260, 6875, 17, 3),
]


def mt_t1_rows():
    rows = [[u, vn_int(a), vn_int(b), vn_int(c), vn_int(d)] for (u, a, b, c, d) in MT_T1]
    rows.append(["Tổng cộng"] + [vn_int(sum(r[k] for r in MT_T1)) for k in (1, 2, 3, 4)])
    return rows


MT_T2 = [  # unit, rừng trồng mới (ha) 2023, 2024; tỷ lệ che phủ rừng 2023, 2024 (%)
    ("Thành phố Lạc Thành", 85, 92, "21,36", "21,84"),
    ("Thị xã Đồng Kha", 214, 236, "34,72", "35,40"),
    ("Huyện Phù Vân", 468, 503, "52,18", "53,05"),
    ("Huyện Tân Lãng", 392, 417, "48,63", "49,27"),
    ("Huyện Nậm Chà", 735, 812, "71,45", "72,38"),
    ("Huyện Cẩm Đào", 356, 341, "55,90", "56,47"),
    ("Huyện Thạch Bàn", 527, 584, "63,12", "63,95"),
    ("Huyện Ea Rông", 418, 465, "66,84", "67,52"),
]
MT_T2_TOTAL_RATES = ("57,96", "58,70")


def mt_t2_rows():
    rows = [[u, vn_int(a), vn_int(b), c, d] for (u, a, b, c, d) in MT_T2]
    rows.append(["Toàn tỉnh", vn_int(sum(r[1] for r in MT_T2)), vn_int(sum(r[2] for r in MT_T2)),
                 *MT_T2_TOTAL_RATES])
    return rows


MT_DOCX = {
    "header": ["UBND TỈNH LẠC NINH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 287/BC-STNMT"],
    "date": "Lạc Ninh, ngày 19 tháng 12 năm 2024",
    "title": "BÁO CÁO",
    "subtitle": "Kết quả công tác bảo vệ môi trường năm 2024",
    "paras_before": [
        "Năm 2024, tỷ lệ chất thải rắn sinh hoạt ở khu vực đô thị được thu gom, xử lý đạt 96,4%; "
        "100% khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung.",
        "Sở đã chủ trì 5 đoàn kiểm tra liên ngành về bảo vệ môi trường tại các cơ sở sản xuất, "
        "kinh doanh, làng nghề và cụm công nghiệp.",
        "Kết quả thu gom chất thải rắn sinh hoạt và kiểm tra, xử lý vi phạm của từng huyện, thị "
        "xã, thành phố được tổng hợp tại Bảng 1.",
    ],
    "t1_caption": "Bảng 1. Thu gom chất thải rắn sinh hoạt và kiểm tra, xử lý vi phạm về môi trường năm 2024",
    "t1_header": ["Đơn vị", "Chất thải rắn sinh hoạt phát sinh (tấn/năm)",
                  "Chất thải rắn sinh hoạt được thu gom (tấn/năm)",
                  "Số cơ sở được kiểm tra (cơ sở)", "Số cơ sở bị xử phạt vi phạm (cơ sở)"],
    "paras_middle": [
        "Công tác trồng rừng, bảo vệ và phát triển rừng được quan tâm; toàn tỉnh trồng mới 3.450 "
        "ha rừng tập trung, tỷ lệ che phủ rừng đạt 58,7%. Số liệu theo từng đơn vị tại Bảng 2.",
    ],
    "t2_caption": "Bảng 2. Trồng rừng mới và tỷ lệ che phủ rừng năm 2023, 2024",
    "t2_header_top": ["Đơn vị", "Diện tích rừng trồng mới (ha)", "Tỷ lệ che phủ rừng (%)"],
    "t2_header_sub": ["Năm 2023", "Năm 2024", "Năm 2023", "Năm 2024"],
    "paras_after": [
        "Năm 2025, ngành phấn đấu nâng tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị lên "
        "97% và tỷ lệ che phủ rừng lên 59,2%.",
    ],
    "noi_nhan": "Nơi nhận: Bộ Tài nguyên và Môi trường; UBND tỉnh; Các phòng, đơn vị thuộc Sở; Lưu: VT, MT.",
    "sign": ["GIÁM ĐỐC", "Mạc Thị Yến"],
}

# ====================================================================
# 8. bao_cao_du_lich_2024.odt  (report, docx -> LibreOffice odt)
# ====================================================================
DL_ROWS_RAW = [  # đơn vị, tổng lượt khách, khách quốc tế, cơ sở lưu trú, buồng lưu trú
    ("Thành phố Lạc Thành", 1184500, 86420, 214, 3865),
    ("Thị xã Đồng Kha", 412300, 18750, 87, 1240),
    ("Huyện Phù Vân", 236800, 9415, 46, 612),
    ("Huyện Tân Lãng", 158400, 4260, 31, 418),
    ("Huyện Nậm Chà", 327600, 41380, 58, 735),
    ("Huyện Cẩm Đào", 198250, 7640, 39, 538),
    ("Huyện Thạch Bàn", 143900, 12870, 27, 356),
    ("Huyện Ea Rông", 96450, 5315, 22, 287),
]


def dl_rows():
    rows = [[u, vn_int(a), vn_int(b), str(c), vn_int(d)] for u, a, b, c, d in DL_ROWS_RAW]
    rows.append(["Tổng cộng"] + [vn_int(sum(r[k] for r in DL_ROWS_RAW)) for k in (1, 2, 3, 4)])
    return rows


ODT_DOC = {
    "header": ["UBND TỈNH LẠC NINH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 512/BC-SVHTTDL"],
    "title": "BÁO CÁO",
    "subtitle": "Kết quả hoạt động du lịch năm 2024",
    "paras_before": [
        "Năm 2024, tổng thu từ khách du lịch trên địa bàn tỉnh đạt 3.126,4 tỷ đồng, tăng 18,3% "
        "so với năm 2023.",
        "Toàn tỉnh hiện có 9 khu, điểm du lịch được công nhận và 14 làng văn hóa du lịch cộng "
        "đồng của đồng bào các dân tộc.",
    ],
    "table_caption": "Bảng 1. Khách du lịch và cơ sở lưu trú năm 2024 theo địa bàn",
    "table_header": ["Đơn vị", "Tổng lượt khách (lượt)", "Trong đó: khách quốc tế (lượt)",
                     "Số cơ sở lưu trú (cơ sở)", "Số buồng lưu trú (buồng)"],
    "paras_after": [
        "Năm 2025, Sở tiếp tục phát triển sản phẩm du lịch sinh thái hồ Pá Lạng, du lịch cộng "
        "đồng và tăng cường quảng bá tại các hội chợ du lịch trong nước.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Chu Đức Tâm",
    ],
}

# ====================================================================
# 9. bao_cao_chinh_sach_dan_toc_2024.pdf  (report, reportlab, DejaVuSans;
#    header cells wrap onto two or more lines)
# ====================================================================
DT_RAW = [  # nội dung hỗ trợ, đối tượng theo kế hoạch, đã được hỗ trợ, kinh phí giải ngân (triệu đồng)
    ("Hỗ trợ đất ở", 312, 287, 11480),
    ("Hỗ trợ nhà ở", 1046, 958, 38320),
    ("Hỗ trợ chuyển đổi nghề", 1825, 1637, 16370),
    ("Hỗ trợ nước sinh hoạt phân tán", 2460, 2315, 6945),
    ("Hỗ trợ phát triển sản xuất cho hộ nghèo dân tộc thiểu số ở thôn, bản đặc biệt khó khăn",
     3180, 2946, 29460),
    ("Hỗ trợ vay vốn ưu đãi tạo sinh kế", 742, 698, 34900),
    ("Hỗ trợ phụ nữ dân tộc thiểu số sinh con đúng chính sách", 1364, 1297, 2594),
    ("Người có uy tín trong đồng bào dân tộc thiểu số", 586, 579, 1737),
]


def dt_rows():
    rows = [[n, vn_int(a), vn_int(b), vn_int(c)] for n, a, b, c in DT_RAW]
    rows.append(["Tổng cộng"] + [vn_int(sum(r[k] for r in DT_RAW)) for k in (1, 2, 3)])
    return rows


PDF_DOC = {
    "header": ["UBND TỈNH LẠC NINH", "BAN DÂN TỘC", "Số: 143/BC-BDT"],
    "title": "BÁO CÁO",
    "subtitle": "Kết quả thực hiện chính sách dân tộc năm 2024",
    "paras_before": [
        "Năm 2024, Ban Dân tộc đã tổ chức 38 hội nghị tuyên truyền, phổ biến pháp luật, thu hút "
        "4.670 lượt người có uy tín và đồng bào dân tộc thiểu số tham dự.",
        "Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 14,85%, giảm 3,12 điểm phần trăm "
        "so với năm 2023.",
    ],
    "table_caption": "Bảng 1. Kết quả thực hiện các chính sách hỗ trợ đồng bào dân tộc thiểu số năm 2024",
    "table_header": ["Nội dung hỗ trợ", "Số đối tượng theo kế hoạch (hộ, người)",
                     "Số đối tượng đã được hỗ trợ (hộ, người)", "Kinh phí đã giải ngân (triệu đồng)"],
    "paras_after": [
        "Năm 2025, Ban Dân tộc tiếp tục ưu tiên hỗ trợ đất ở, nhà ở và nước sinh hoạt cho hộ "
        "nghèo ở các xã đặc biệt khó khăn của huyện Nậm Chà và huyện Ea Rông.",
        "TRƯỞNG BAN",
        "Sầm Văn Phúc",
    ],
}

# ====================================================================
# 10. thu_chi_ngan_sach_2024.xlsx  (2 sheets; formula total row on sheet 1)
# ====================================================================
THU_SHEET = "Thu ngân sách 2024"
THU_TITLE = "Thu ngân sách nhà nước trên địa bàn tỉnh Lạc Ninh năm 2024"
THU_HEADER = ["Đơn vị", "Dự toán giao (triệu đồng)", "Thực hiện (triệu đồng)",
              "Tỷ lệ thực hiện so với dự toán (%)"]
THU_ROWS = [
    ("Thành phố Lạc Thành", 2485000, 2713640),
    ("Thị xã Đồng Kha", 684000, 721385),
    ("Huyện Phù Vân", 215000, 238470),
    ("Huyện Tân Lãng", 176000, 169215),
    ("Huyện Nậm Chà", 98000, 104632),
    ("Huyện Cẩm Đào", 242000, 267918),
    ("Huyện Thạch Bàn", 134000, 141257),
    ("Huyện Ea Rông", 87000, 91846),
]
FMT_INT = "#,##0"
FMT_DEC = "#,##0.0"
# Tỷ lệ column stored as a value (round(thực hiện/dự toán*100, 1)), format "#,##0.0".
# Total row: B, C are =SUM(...), D is =C/B*100; cached values written by LibreOffice.

CHI_SHEET = "Chi ngân sách 2024"
CHI_TITLE = "Chi ngân sách địa phương tỉnh Lạc Ninh năm 2024"
CHI_HEADER = ["Đơn vị", "Chi đầu tư phát triển (triệu đồng)", "Chi thường xuyên (triệu đồng)",
              "Trong đó: chi sự nghiệp giáo dục (triệu đồng)"]
CHI_ROWS = [
    ("Thành phố Lạc Thành", 1126450, 984320, 412785),
    ("Thị xã Đồng Kha", 318740, 462150, 208430),
    ("Huyện Phù Vân", 186320, 395870, 187260),
    ("Huyện Tân Lãng", 142580, 341260, 165940),
    ("Huyện Nậm Chà", 204160, 298540, 151320),
    ("Huyện Cẩm Đào", 173900, 387410, 179655),
    ("Huyện Thạch Bàn", 128730, 276980, 134270),
    ("Huyện Ea Rông", 112460, 248315, 121480),
]

# ====================================================================
# 11. truong_thpt_huyen_phu_van.xls  (xlsx -> LibreOffice xls, Excel 97)
# ====================================================================
TR_TITLE = "Danh sách trường THPT công lập trên địa bàn huyện Phù Vân năm học 2024-2025"
TR_HEADER = ["Tên trường", "Xã, thị trấn", "Đạt chuẩn quốc gia", "Năm thành lập", "Số học sinh"]
TR_ROWS = [
    ("Trường THPT Phù Vân", "Thị trấn Phù Vân", "Mức độ 2", 1962, 1426),
    ("Trường THPT Vân Thượng", "Xã Vân Thượng", "Mức độ 1", 1978, 984),
    ("Trường THPT Cầu Rào", "Xã Phú Lễ", "Chưa đạt", 2003, 712),
    ("Trường THPT Đồi Thông", "Xã Đồi Thông", "Mức độ 1", 1991, 868),
    ("Trường Phổ thông Dân tộc nội trú Phù Vân", "Thị trấn Phù Vân", "Mức độ 1", 2008, 420),
    ("Trường THPT Bến Lội", "Xã Tân Phong", "Chưa đạt", 2012, 1035),
]
TR_FMT_Y = "0"
TR_FMT_K = "#,##0"

# ====================================================================
# 12. ket_qua_bhxh_bhyt_2024.pptx
# ====================================================================
BH_ROWS_RAW = [  # chỉ tiêu, năm 2023, năm 2024 (1 decimal, Vietnamese style)
    ("Số người tham gia BHXH bắt buộc (nghìn người)", 86.4, 90.7),
    ("Số người tham gia BHXH tự nguyện (nghìn người)", 21.3, 27.9),
    ("Số người tham gia BHYT (nghìn người)", 1102.6, 1131.8),
    ("Tổng số thu BHXH, BHYT, BHTN (tỷ đồng)", 3215.7, 3486.2),
    ("Chi khám, chữa bệnh BHYT (tỷ đồng)", 1384.5, 1502.9),
]


def bh_rows():
    return [[name, vn_dec(a), vn_dec(b), vn_dec(b / a * 100)] for name, a, b in BH_ROWS_RAW]


PPTX_SLIDES = [
    {"title": "Kết quả thực hiện chính sách BHXH, BHYT năm 2024",
     "subtitle": "Bảo hiểm xã hội tỉnh Lạc Ninh - ngày 14 tháng 01 năm 2025"},
    {"title": "Kết quả nổi bật năm 2024",
     "bullets": [
         "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8%",
         "Giải quyết 41.265 lượt hưởng chế độ ốm đau, thai sản",
         "Tổ chức 126 hội nghị đối thoại, tuyên truyền về BHXH tự nguyện",
     ]},
    {"title": "Một số chỉ tiêu chủ yếu so với năm trước",
     "table_header": ["Chỉ tiêu", "Năm 2023", "Năm 2024", "So với năm trước (%)"]},
    {"title": "Nhiệm vụ năm 2025",
     "bullets": [
         "Phấn đấu tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%",
         "Giảm số tiền chậm đóng BHXH, BHYT xuống dưới 2,5% số phải thu",
     ]},
]

# ====================================================================
# 13. gia_ve_diem_du_lich_2025.csv  (UTF-8 with BOM, CRLF, ","-separated,
#     fields quoted only where needed; Vietnamese numbers)
# ====================================================================
CSV_DELIM = ","
CSV_HEADER = ["Tên điểm du lịch", "Địa chỉ", "Giá vé người lớn (đồng/lượt)",
              "Giá vé trẻ em (đồng/lượt)", "Sức chứa tối đa (lượt khách/ngày)"]
CSV_ROWS = [
    ["Khu du lịch hồ Pá Lạng", "Xã Pá Lạng, huyện Nậm Chà", "80.000", "40.000", "3.500"],
    ["Thác Bạc Khuổi Nậm", "Xã Khuổi Nậm, huyện Nậm Chà", "50.000", "25.000", "1.200"],
    ["Động Đá Trắng", "Xã Tà Lùng, huyện Thạch Bàn", "60.000", "30.000", "900"],
    ["Đồi chè Vân Thượng", "Xã Vân Thượng, huyện Phù Vân", "30.000", "15.000", "1.500"],
    ["Làng du lịch cộng đồng Bản Khoang", "Xã Bản Khoang, huyện Ea Rông", "40.000", "20.000", "600"],
    ["Suối khoáng nóng Phiêng Lò", "Xã Phiêng Lò, huyện Tân Lãng", "120.000", "60.000", "800"],
    ["Đền Mẫu Cẩm Đào", "Thị trấn Cẩm Đào, huyện Cẩm Đào", "Miễn phí", "Miễn phí", "2.000"],
]
