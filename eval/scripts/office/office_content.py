# -*- coding: utf-8 -*-
"""Contents of the held-out office folder (all figures and names are fictional).

This module is the single source of the documents' text, in proper Unicode.
make_office.py renders it into the files under docs/; validate.py checks every
answer in questions.jsonl against it (and against the rendered files).

Conventions
- Text documents (docx, doc, odt, rtf, pptx, pdf, csv, legacy files) write
  numbers the Vietnamese way: thousands with "." and decimals with ",".
- Spreadsheets (xlsx, xls, ods) store real numbers with a number format; the
  answers are written as the cell is DISPLAYED under the en-US locale
  ("#,##0.0" -> "2,675.3", "0.0%" -> "110.6%", "#,##0" -> "18,306").
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
    "Thành phố Đông Sơn",
    "Thị xã Bình Lâm",
    "Huyện Tân Phước",
    "Huyện Yên Hòa",
    "Huyện Hà Lộc",
    "Huyện Phú Thịnh",
    "Huyện Cẩm Giang",
    "Huyện Thạch Bình",
]

# ====================================================================
# 1. bao_cao_to_chuc_dang_2023.docx
# ====================================================================
DANG_T1 = [  # unit, số TCCS đảng, số đảng viên, kết nạp mới
    ("Thành phố Đông Sơn", 118, 11274, 302),
    ("Thị xã Bình Lâm", 74, 6158, 169),
    ("Huyện Tân Phước", 69, 5432, 157),
    ("Huyện Yên Hòa", 71, 5907, 148),
    ("Huyện Hà Lộc", 62, 4863, 136),
    ("Huyện Phú Thịnh", 78, 6021, 171),
    ("Huyện Cẩm Giang", 57, 3975, 124),
    ("Huyện Thạch Bình", 83, 5285, 179),
]
DANG_T1_TOTAL = tuple(sum(r[i] for r in DANG_T1) for i in (1, 2, 3))
assert DANG_T1_TOTAL == (612, 48915, 1386), DANG_T1_TOTAL

DANG_T2 = [  # unit, tổng số được đánh giá, HTXS, HTT, HT, KHT
    ("Thành phố Đông Sơn", 116, 21, 80, 13, 2),
    ("Thị xã Bình Lâm", 74, 12, 53, 8, 1),
    ("Huyện Tân Phước", 68, 11, 47, 9, 1),
    ("Huyện Yên Hòa", 71, 13, 49, 7, 2),
    ("Huyện Hà Lộc", 61, 10, 42, 9, 0),
    ("Huyện Phú Thịnh", 77, 14, 54, 6, 3),
    ("Huyện Cẩm Giang", 56, 9, 39, 8, 0),
    ("Huyện Thạch Bình", 83, 15, 58, 10, 0),
]
for _r in DANG_T2:
    assert _r[1] == sum(_r[2:]), _r
DANG_T2_TOTAL = tuple(sum(r[i] for r in DANG_T2) for i in range(1, 6))

DANG_DOCX = {
    "header": ["ĐẢNG BỘ TỈNH ĐÔNG SƠN", "BAN TỔ CHỨC TỈNH ỦY", "Số 87-BC/BTCTU"],
    "title": "BÁO CÁO",
    "subtitle": "Kết quả công tác tổ chức xây dựng Đảng năm 2023",
    "paras_before": [
        "Năm 2023, Ban Tổ chức Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành "
        "14 văn bản về công tác tổ chức xây dựng Đảng, tập trung kiện toàn tổ chức "
        "cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên.",
        "Tính đến ngày 31 tháng 12 năm 2023, toàn Đảng bộ tỉnh có 612 tổ chức cơ sở "
        "đảng với 48.915 đảng viên; trong năm đã kết nạp 1.386 đảng viên mới, đạt "
        "104,2% chỉ tiêu Nghị quyết Đại hội đề ra. Số lượng đảng viên theo từng đơn "
        "vị được tổng hợp tại Bảng 1.",
    ],
    "t1_caption": "Bảng 1. Số lượng đảng viên theo đơn vị",
    "t1_header": ["Đơn vị", "Số tổ chức cơ sở đảng", "Số đảng viên", "Kết nạp mới"],
    "paras_between": [
        "Công tác đánh giá, xếp loại chất lượng tổ chức cơ sở đảng được thực hiện "
        "thực chất hơn, gắn với kết quả thực hiện nhiệm vụ chính trị của từng đơn "
        "vị; tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ đạt 16,8%. Kết quả đánh "
        "giá tổ chức cơ sở đảng được tổng hợp tại Bảng 2.",
    ],
    "t2_caption": "Bảng 2. Kết quả đánh giá, xếp loại tổ chức cơ sở đảng năm 2023",
    # two header rows; "Đơn vị" and "Tổng số được đánh giá" merged vertically,
    # "Kết quả đánh giá" merged horizontally over the four sub-columns
    "t2_header1": ["Đơn vị", "Tổng số được đánh giá", "Kết quả đánh giá"],
    "t2_header2": ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Không hoàn thành"],
    "paras_after": [
        "Trong năm, các cấp ủy đã thi hành kỷ luật 37 đảng viên vi phạm và xóa tên "
        "52 đảng viên không còn đủ tư cách; không có tổ chức cơ sở đảng nào bị giải "
        "thể.",
        "Năm 2024, Đảng bộ tỉnh phấn đấu kết nạp từ 1.400 đảng viên mới trở lên và "
        "100% tổ chức cơ sở đảng được kiện toàn kịp thời sau khi có biến động về "
        "nhân sự.",
        "Nơi nhận: Ban Tổ chức Trung ương; Thường trực Tỉnh ủy; Lưu Văn phòng.",
        "K/T TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
        "Lê Thị Thu Hà",
    ],
}


def dang_t1_rows():
    rows = [[u, vn_int(a), vn_int(b), vn_int(c)] for (u, a, b, c) in DANG_T1]
    rows.append(["Tổng cộng"] + [vn_int(x) for x in DANG_T1_TOTAL])
    return rows


def dang_t2_rows():
    rows = [[r[0]] + [vn_int(x) for x in r[1:]] for r in DANG_T2]
    rows.append(["Tổng cộng"] + [vn_int(x) for x in DANG_T2_TOTAL])
    return rows


# ====================================================================
# 2. thu_ngan_sach_2023.xlsx   (numbers + formats; answers = en-US display)
# ====================================================================
NS_TITLE = "Kết quả thu ngân sách nhà nước trên địa bàn tỉnh Đông Sơn năm 2023"
NS_HEADER = ["Huyện", "Dự toán (tỷ đồng)", "Thực hiện (tỷ đồng)", "Tỷ lệ (%)"]
NS_ROWS = [  # unit, dự toán, thực hiện  (tỷ lệ = thực hiện / dự toán, rounded to 0.1%)
    ("Thành phố Đông Sơn", 2418.6, 2675.3),
    ("Thị xã Bình Lâm", 1186.4, 1243.9),
    ("Huyện Tân Phước", 612.5, 648.2),
    ("Huyện Yên Hòa", 574.8, 551.7),
    ("Huyện Hà Lộc", 436.2, 471.9),
    ("Huyện Phú Thịnh", 698.3, 735.6),
    ("Huyện Cẩm Giang", 318.7, 342.5),
    ("Huyện Thạch Bình", 529.4, 566.8),
]
# Tỷ lệ column is stored as a value (ratio rounded to 3 decimals), format "0.0%".
# Total row: B and C are =SUM(...) formulas, D is =C/B (formula), cached by LibreOffice.
NS_FMT_MONEY = "#,##0.0"
NS_FMT_PCT = "0.0%"

CT_TITLE1 = "Chỉ tiêu kinh tế - xã hội chủ yếu năm 2024"
CT_HEADER1 = ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2024"]
CT_ROWS1 = [
    ("Tốc độ tăng trưởng GRDP", "%", 7.6),
    ("GRDP bình quân đầu người", "triệu đồng", 84.3),
    ("Tổng vốn đầu tư toàn xã hội", "tỷ đồng", 21450.0),
    ("Tỷ lệ lao động qua đào tạo", "%", 71.5),
]
CT_TITLE2 = "Dự toán thu ngân sách năm 2024 theo lĩnh vực"
CT_HEADER2 = ["Lĩnh vực thu", "Dự toán 2024 (tỷ đồng)"]
CT_ROWS2 = [
    ("Thu nội địa", 6215.0),
    ("Thu từ hoạt động xuất nhập khẩu", 842.5),
    ("Thu tiền sử dụng đất", 1930.0),
    ("Thu xổ số kiến thiết", 96.8),
]

# ====================================================================
# 3. ke_hoach_cong_tac.doc  (Word 97, via LibreOffice)
# ====================================================================
KH_DOC = {
    "header": ["ỦY BAN NHÂN DÂN HUYỆN TÂN PHƯỚC", "Số: 38/KH-UBND"],
    "title": "KẾ HOẠCH",
    "subtitle": "Triển khai công tác cải cách hành chính năm 2024",
    "paras_before": [
        "Thực hiện Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh, "
        "Ủy ban nhân dân huyện Tân Phước ban hành Kế hoạch triển khai công tác cải "
        "cách hành chính năm 2024 với mục tiêu nâng chỉ số hài lòng của người dân "
        "lên trên 85%.",
        "Các nhiệm vụ cụ thể, đơn vị chủ trì và thời hạn hoàn thành như sau:",
    ],
    "table_header": ["Nội dung", "Đơn vị thực hiện", "Thời hạn"],
    "table_rows": [
        ["Rà soát, chuẩn hóa thủ tục hành chính", "Văn phòng HĐND và UBND huyện", "31/3/2024"],
        ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Phòng Văn hóa và Thông tin", "30/6/2024"],
        ["Kiểm tra cải cách hành chính tại các xã, thị trấn", "Phòng Nội vụ", "15/9/2024"],
        ["Khảo sát mức độ hài lòng của người dân", "Phòng Tư pháp", "20/10/2024"],
        ["Tổng kết, báo cáo kết quả năm 2024", "Phòng Nội vụ", "10/12/2024"],
    ],
    "paras_after": [
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Phòng Nội vụ trước ngày "
        "05 tháng 12 năm 2024 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Minh Đức",
    ],
}

# ====================================================================
# 4. danh_sach_can_bo.xls  (Excel 97, via LibreOffice)
# ====================================================================
CB_TITLE = "Danh sách cán bộ, công chức huyện Tân Phước"
CB_HEADER = ["Họ và tên", "Chức vụ", "Đơn vị", "Năm sinh"]
CB_ROWS = [
    ("Nguyễn Văn Hùng", "Chánh Văn phòng", "Văn phòng HĐND và UBND huyện", 1972),
    ("Trần Thị Mai", "Trưởng phòng", "Phòng Nội vụ", 1979),
    ("Lê Quang Vinh", "Phó Trưởng phòng", "Phòng Tài chính - Kế hoạch", 1983),
    ("Phạm Thị Hồng Nhung", "Chuyên viên", "Phòng Tư pháp", 1990),
    ("Hoàng Đức Thắng", "Trưởng phòng", "Phòng Tài nguyên và Môi trường", 1976),
    ("Vũ Thị Lan Anh", "Phó Chánh Văn phòng", "Văn phòng HĐND và UBND huyện", 1985),
    ("Đặng Văn Toàn", "Chánh Thanh tra", "Thanh tra huyện", 1974),
    ("Bùi Thị Thanh Hương", "Trưởng phòng", "Phòng Giáo dục và Đào tạo", 1978),
    ("Đỗ Minh Khoa", "Chuyên viên", "Phòng Văn hóa và Thông tin", 1994),
    ("Ngô Thị Bích Ngọc", "Kế toán", "Phòng Tài chính - Kế hoạch", 1988),
]
# Năm sinh: integers, number format "0" -> "1972"

# ====================================================================
# 5. cong_van_245_tcvn3.docx  (TCVN3, fonts .VnTime / .VnTimeH)
# ====================================================================
# ("H", text): .VnTimeH run; the text is typed lower-case (the H font shows
#              every letter as a capital), as it was in practice.
# ("P", text): .VnTime run.
# ("MIX", [(font, text), ...]): one paragraph, several runs; font "uni" =
#              Times New Roman with Unicode text, "tcvn3" = .VnTime.
CV245 = [
    ("H", "Ủy ban nhân dân huyện Yên Hòa"),
    ("H", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("P", "Độc lập - Tự do - Hạnh phúc"),
    ("P", "Công văn số 245/UBND-NN ngày 12 tháng 9 năm 2023"),
    ("P", "V/v báo cáo tình hình thiệt hại do cơn bão số 3"),
    ("P", "Kính gửi: Chủ tịch UBND các xã, thị trấn."),
    ("P", "Thực hiện Công điện số 18/CĐ-UBND ngày 08/9/2023 của UBND tỉnh về việc "
          "khắc phục hậu quả cơn bão số 3, UBND huyện yêu cầu Chủ tịch UBND các xã, "
          "thị trấn khẩn trương rà soát, thống kê đầy đủ thiệt hại về người, nhà ở, "
          "cây trồng và vật nuôi trên địa bàn."),
    ("P", "Theo số liệu tổng hợp ban đầu, trên địa bàn huyện có 143 ngôi nhà bị tốc "
          "mái, 612 ha lúa bị ngập úng; ước tính thiệt hại khoảng 27,6 tỷ đồng."),
    ("P", "Báo cáo bằng văn bản gửi về Phòng Nông nghiệp và Phát triển nông thôn "
          "huyện trước 16 giờ 00 ngày 15 tháng 9 năm 2023 để tổng hợp, báo cáo "
          "UBND tỉnh."),
    ("MIX", [("uni", "Đầu mối liên hệ: "),
             ("tcvn3", "ông Nguyễn Văn Bình, chuyên viên Phòng Nông nghiệp và "
                       "Phát triển nông thôn, điện thoại 0912.345.678.")]),
    ("P", "Nơi nhận: Như trên; Thường trực Huyện ủy; Lưu: VT, NN."),
    ("H", "Kt. chủ tịch"),
    ("H", "Phó chủ tịch"),
    ("P", "Phạm Văn Lợi"),
]

# ====================================================================
# 6. thong_bao_vni.docx  (VNI-Times, VNI-encoded)
# ====================================================================
TB_VNI = [
    "ỦY BAN NHÂN DÂN HUYỆN HÀ LỘC",
    "Số: 17/TB-UBND",
    "THÔNG BÁO",
    "Lịch tiếp công dân định kỳ tháng 10 năm 2023",
    "Ủy ban nhân dân huyện Hà Lộc thông báo lịch tiếp công dân định kỳ của lãnh đạo "
    "Ủy ban nhân dân huyện trong tháng 10 năm 2023 như sau:",
    "Chủ tịch Ủy ban nhân dân huyện Đinh Công Tuấn tiếp công dân vào ngày 16/10/2023.",
    "Phó Chủ tịch Ủy ban nhân dân huyện Lương Thị Hạnh tiếp công dân vào ngày 26/10/2023.",
    "Địa điểm: Trụ sở Tiếp công dân huyện, số 9 đường Trần Phú, thị trấn Hà Lộc. "
    "Thời gian: buổi sáng từ 7 giờ 30 đến 11 giờ 00.",
    "Công dân đến trình bày phải mang theo căn cước công dân và các giấy tờ liên quan.",
    "TL. CHỦ TỊCH",
    "CHÁNH VĂN PHÒNG",
    "Mai Xuân Trường",
]

# ====================================================================
# 7. cong_van_cu_tcvn3.txt  (TCVN3 text saved as single-byte cp1252)
# ====================================================================
# Written in lower/mixed case without capital letters that carry a tone mark
# (TCVN3 has no code for them; old typists avoided them in the body font).
CV_CU_TXT = [
    "Sở Giáo dục và Đào tạo tỉnh Đông Sơn",
    "Số 112/GD-ĐT, ngày 20 tháng 8 năm 2001",
    "V/v chuẩn bị khai giảng năm học 2001-2002",
    "Kính gửi: Trưởng phòng Giáo dục các huyện, thị xã.",
    "Để chuẩn bị tốt cho năm học mới, Sở Giáo dục và Đào tạo đề nghị các phòng "
    "giáo dục chỉ đạo các trường hoàn thành việc tu sửa phòng học, bàn ghế trước "
    "ngày 30 tháng 8 năm 2001.",
    "Lễ khai giảng năm học 2001-2002 được tổ chức thống nhất trong toàn tỉnh vào "
    "ngày 5 tháng 9 năm 2001; thời gian buổi lễ không quá 90 phút.",
    "Toàn tỉnh dự kiến tuyển mới 9.480 học sinh vào lớp 1.",
    "Giám đốc Sở Giáo dục và Đào tạo",
    "Cao Xuân Khải",
]

# ====================================================================
# 8. tong_ket_hoi_nghi.pptx
# ====================================================================
PPTX_SLIDES = [
    {"title": "Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024",
     "subtitle": "Ủy ban nhân dân huyện Phú Thịnh - ngày 10 tháng 01 năm 2024"},
    {"title": "Kết quả nổi bật năm 2023",
     "bullets": [
         "Tổng giá trị sản xuất đạt 9.842,6 tỷ đồng, tăng 8,3% so với năm 2022",
         "Thu nhập bình quân đầu người đạt 61,5 triệu đồng",
         "Có thêm 3 xã đạt chuẩn nông thôn mới nâng cao",
         "Tỷ lệ hộ nghèo giảm còn 2,14%",
     ]},
    {"title": "Một số chỉ tiêu chủ yếu năm 2023",
     "table_header": ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
     "table_rows": [
         ["Thu ngân sách trên địa bàn (tỷ đồng)", "685,0", "735,6"],
         ["Sản lượng lương thực (tấn)", "52.000", "53.418"],
         ["Tỷ lệ trường đạt chuẩn quốc gia (%)", "85,0", "87,5"],
         ["Số lao động được tạo việc làm mới (người)", "2.100", "2.263"],
         ["Tỷ lệ che phủ rừng (%)", "42,0", "42,6"],
     ]},
    {"title": "Nhiệm vụ trọng tâm năm 2024",
     "bullets": [
         "Phấn đấu tốc độ tăng giá trị sản xuất đạt 8,5%",
         "Hoàn thành xây dựng huyện đạt chuẩn nông thôn mới trước ngày 30/11/2024",
         "Đẩy mạnh chuyển đổi số trong các cơ quan nhà nước",
         "Giải ngân 100% vốn đầu tư công được giao",
     ]},
]

# ====================================================================
# 9. bao_cao_quy_3.pdf
# ====================================================================
PDF_DOC = {
    "header": "ỦY BAN NHÂN DÂN HUYỆN CẨM GIANG",
    "title": "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ III NĂM 2023",
    "paras_before": [
        "Trong quý III năm 2023, tình hình kinh tế - xã hội của huyện tiếp tục ổn "
        "định và có bước phát triển. Tổng vốn đầu tư phát triển trên địa bàn ước đạt "
        "486,3 tỷ đồng, tăng 6,7% so với cùng kỳ năm trước.",
        "Trung tâm Phục vụ hành chính công huyện đã tiếp nhận 4.127 hồ sơ thủ tục "
        "hành chính, trong đó giải quyết đúng hạn đạt 98,6%.",
    ],
    "table_caption": "Bảng: Kết quả sản xuất nông nghiệp quý III năm 2023",
    "table_header": ["Chỉ tiêu", "Đơn vị", "Quý III/2023", "So cùng kỳ (%)"],
    "table_rows": [
        ["Diện tích lúa mùa", "ha", "7.845", "101,2"],
        ["Năng suất lúa", "tạ/ha", "56,4", "102,5"],
        ["Sản lượng thịt hơi xuất chuồng", "tấn", "3.216", "104,8"],
        ["Tổng đàn lợn", "con", "48.630", "97,3"],
        ["Diện tích rừng trồng mới", "ha", "312", "110,4"],
    ],
    "paras_after": [
        "Trong quý IV, huyện tập trung chỉ đạo thu hoạch lúa mùa, triển khai sản xuất "
        "vụ đông và phấn đấu hoàn thành 100% kế hoạch giải ngân vốn đầu tư công.",
        "CHỦ TỊCH",
        "Đoàn Thanh Sơn",
    ],
}

# ====================================================================
# 10a. bao_cao.odt
# ====================================================================
ODT_DOC = {
    "title": "BÁO CÁO",
    "subtitle": "Kết quả xây dựng nông thôn mới huyện Thạch Bình năm 2023",
    "paras_before": [
        "Năm 2023, tổng nguồn vốn huy động thực hiện Chương trình mục tiêu quốc gia "
        "xây dựng nông thôn mới trên địa bàn huyện là 214,7 tỷ đồng, trong đó nhân "
        "dân đóng góp 18,9 tỷ đồng.",
        "Kết quả thực hiện các tiêu chí tại một số xã như sau:",
    ],
    "table_header": ["Xã", "Số tiêu chí đạt", "Xếp loại"],
    "table_rows": [
        ["Xã Thạch Long", "19", "Đạt chuẩn nâng cao"],
        ["Xã Thạch An", "19", "Đạt chuẩn"],
        ["Xã Bình Minh", "17", "Chưa đạt chuẩn"],
        ["Xã Tân Lập", "18", "Chưa đạt chuẩn"],
        ["Xã Hòa Phú", "19", "Đạt chuẩn kiểu mẫu"],
    ],
    "paras_after": [
        "Người lập báo cáo: Trương Văn Hiếu, Chánh Văn phòng Điều phối nông thôn mới huyện.",
    ],
}

# ====================================================================
# 10b. so_lieu.ods   (numbers, format "#,##0")
# ====================================================================
ODS_TITLE = "Dân số và lao động các xã, thị trấn huyện Cẩm Giang năm 2023"
ODS_HEADER = ["Xã, thị trấn", "Dân số (người)", "Số lao động (người)"]
ODS_ROWS = [
    ("Thị trấn Cẩm Giang", 18306, 10947),
    ("Xã Cẩm Phú", 9214, 5380),
    ("Xã Cẩm Hưng", 7652, 4418),
    ("Xã Cẩm Thành", 11087, 6523),
    ("Xã Cẩm Bình", 6395, 3741),
]
ODS_FMT = "#,##0"

# ====================================================================
# 11. to_trinh.rtf
# ====================================================================
RTF_DOC = {
    "header": ["PHÒNG VĂN HÓA VÀ THÔNG TIN THỊ XÃ BÌNH LÂM", "Số: 26/TTr-VHTT"],
    "title": "TỜ TRÌNH",
    "subtitle": "Về việc đề nghị phê duyệt dự toán kinh phí tổ chức Đại hội Thể dục "
                "thể thao thị xã Bình Lâm lần thứ IX năm 2024",
    "paras_before": [
        "Kính gửi: Ủy ban nhân dân thị xã Bình Lâm.",
        "Đại hội Thể dục thể thao thị xã Bình Lâm lần thứ IX dự kiến tổ chức từ ngày "
        "18 đến ngày 22 tháng 4 năm 2024 tại Sân vận động thị xã, với khoảng 1.150 "
        "vận động viên tham gia.",
        "Tổng kinh phí đề nghị phê duyệt là 1.285.600.000 đồng (Một tỷ hai trăm tám "
        "mươi lăm triệu sáu trăm nghìn đồng), chi tiết như sau:",
    ],
    "table_header": ["Nội dung chi", "Số tiền (đồng)"],
    "table_rows": [
        ["Tổ chức lễ khai mạc, bế mạc", "412.000.000"],
        ["Khen thưởng vận động viên", "365.500.000"],
        ["Bồi dưỡng trọng tài, ban tổ chức", "198.400.000"],
        ["Thuê sân bãi, trang thiết bị", "224.700.000"],
        ["Tuyên truyền, in ấn", "85.000.000"],
        ["Tổng cộng", "1.285.600.000"],
    ],
    "paras_after": [
        "Phòng Văn hóa và Thông tin kính trình Ủy ban nhân dân thị xã xem xét, phê duyệt.",
        "TRƯỞNG PHÒNG",
        "Lý Thị Ngân",
    ],
}
assert sum(int(r[1].replace(".", "")) for r in RTF_DOC["table_rows"][:-1]) == 1285600000

# ====================================================================
# 12. chi_tieu_2024.csv  (UTF-8, Vietnamese number style, quoted where needed)
# ====================================================================
CSV_HEADER = ["Đơn vị", "Chỉ tiêu tuyển quân (người)", "Chỉ tiêu giảm hộ nghèo (hộ)",
              "Diện tích trồng rừng (ha)"]
CSV_ROWS = [
    ["Thành phố Đông Sơn", "112", "45", "15,5"],
    ["Thị xã Bình Lâm", "96", "68", "120,4"],
    ["Huyện Tân Phước", "88", "97", "245,8"],
    ["Huyện Yên Hòa", "85", "104", "310,2"],
    ["Huyện Hà Lộc", "79", "83", "198,6"],
    ["Huyện Phú Thịnh", "91", "76", "1.052,3"],
    ["Huyện Cẩm Giang", "73", "121", "436,9"],
    ["Huyện Thạch Bình", "94", "139", "1.287,5"],
]

# ====================================================================
# 13. files to be skipped (no questions about them)
# ====================================================================
SKIPPED = {
    "mat_khau.xlsx": "password-protected (encrypted OOXML, password \"123\"): cannot be read without the password",
    "hong.docx": "corrupt: 4096 random bytes, not a ZIP/OOXML container",
    "trong.txt": "empty file (0 bytes): nothing to index",
    "ghi_chu.xyz": "unknown extension .xyz: not a supported format",
}
MAT_KHAU_ROWS = [("Họ và tên", "Lương tháng 12 (đồng)"),
                 ("Nguyễn Văn Hùng", 14250000), ("Trần Thị Mai", 12870000)]
GHI_CHU_XYZ = "Ghi chú nội bộ: kiểm tra lại máy in tầng 2 trước cuộc họp giao ban.\n"
