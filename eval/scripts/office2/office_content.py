# -*- coding: utf-8 -*-
"""Contents of the second held-out office folder "office2" (all names and figures
are fictional: tỉnh Bắc Hà and its districts below are made up for this set).

Single source of the documents' text, in proper Unicode. make_office.py renders
it into docs/; validate.py checks every answer in questions.jsonl against it
(and against the rendered files).

Conventions (same as the first office set)
- Text documents (docx, doc, odt, pptx, csv, legacy files) write numbers the
  Vietnamese way: thousands with "." and decimals with ",".
- Spreadsheets (xlsx, xls) store real numbers with a number format; answers are
  written as the cell is DISPLAYED under en-US ("#,##0.0" -> "1,354.2",
  "0.0%" -> "90.0%", "0" -> "12").

Letters ("official letters") are laid out as real Vietnamese administrative
documents: issuing body, "Số: …", place and date line, document type, subject
line ("V/v …" for a công văn, "Về việc …" for others), "Kính gửi: …", body,
"Nơi nhận: …" and a signature block. In the two Unicode letters the header and
the footer are two-column borderless tables (left: issuing body / Nơi nhận;
right: national motto + date / signature), as Word templates do.
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
    "Thành phố Hà Thanh",
    "Thị xã Trường Lạc",
    "Huyện Vĩnh Khang",
    "Huyện Hòa Mỹ",
    "Huyện Quảng Lâm",
    "Huyện Đức Phong",
    "Huyện Ngọc Tuyền",
    "Huyện Lam Điền",
]

QUOC_HIEU = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# ====================================================================
# 1. cong_van_512_giai_ngan.doc  (công văn, Word 97 via LibreOffice)
# ====================================================================
CV512 = {
    # header table: left cell / right cell, each a list of paragraphs
    "head_left": ["ỦY BAN NHÂN DÂN", "HUYỆN VĨNH KHANG", "Số: 512/UBND-TCKH",
                  "V/v đôn đốc giải ngân vốn đầu tư công năm 2024"],
    "head_right": QUOC_HIEU + ["Vĩnh Khang, ngày 14 tháng 3 năm 2024"],
    "kinh_gui": ["Kính gửi:", "- Các chủ đầu tư dự án sử dụng vốn đầu tư công;",
                 "- Chủ tịch Ủy ban nhân dân các xã, thị trấn."],
    "body": [
        "Tính đến ngày 29/02/2024, tổng kế hoạch vốn đầu tư công năm 2024 của huyện "
        "là 368,4 tỷ đồng; giá trị đã giải ngân mới đạt 41,7 tỷ đồng, bằng 11,3% kế "
        "hoạch, thấp hơn mức bình quân chung của tỉnh.",
        "Để đẩy nhanh tiến độ giải ngân, Ủy ban nhân dân huyện yêu cầu các chủ đầu tư "
        "hoàn thiện hồ sơ thanh toán khối lượng hoàn thành, gửi Kho bạc Nhà nước khu "
        "vực Vĩnh Khang chậm nhất ngày 31 tháng 3 năm 2024.",
        "Dự án nào có tỷ lệ giải ngân dưới 30% tính đến ngày 30/6/2024 sẽ bị điều "
        "chuyển vốn sang dự án có khả năng giải ngân tốt hơn; người đứng đầu chủ đầu "
        "tư chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân huyện.",
        "Trong tháng 4 năm 2024, Chủ tịch Ủy ban nhân dân huyện Trịnh Văn Hào sẽ trực "
        "tiếp kiểm tra tiến độ tại 06 công trình trọng điểm.",
        "Giao Phòng Tài chính - Kế hoạch huyện theo dõi, tổng hợp, báo cáo hằng tuần. "
        "Đầu mối liên hệ: bà Hà Thị Phương Thảo, Phó Trưởng phòng Tài chính - Kế "
        "hoạch, điện thoại 0983.217.465.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT, TCKH."],
    "foot_right": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Đình Khôi"],
}

# ====================================================================
# 2. cong_van_1873_syt.docx  (công văn, Unicode, Times New Roman)
# ====================================================================
CV1873 = {
    "head_left": ["UBND TỈNH BẮC HÀ", "SỞ Y TẾ", "Số: 1873/SYT-NVY",
                  "V/v triển khai chiến dịch tiêm vắc xin sởi - rubella năm 2023"],
    "head_right": QUOC_HIEU + ["Bắc Hà, ngày 09 tháng 10 năm 2023"],
    "kinh_gui": ["Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố."],
    "body": [
        "Thực hiện chỉ đạo của Phó Chủ tịch Ủy ban nhân dân tỉnh Viên Quốc Trung tại "
        "Thông báo số 402/TB-UBND, Sở Y tế hướng dẫn triển khai chiến dịch tiêm bổ "
        "sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi trên địa bàn tỉnh.",
        "Đối tượng của chiến dịch là 28.640 trẻ chưa được tiêm đủ mũi; chiến dịch "
        "được tổ chức từ ngày 16/10/2023 đến ngày 15/11/2023 tại các trạm y tế xã, "
        "phường, thị trấn.",
        "Kinh phí tổ chức chiến dịch là 1,26 tỷ đồng, do ngân sách tỉnh bảo đảm; "
        "vắc xin và bơm kim tiêm do Trung tâm Kiểm soát bệnh tật tỉnh cấp phát.",
        "Trung tâm Y tế các huyện, thị xã, thành phố báo cáo kết quả tiêm chủng về "
        "Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 20 tháng 11 năm 2023.",
        "Đầu mối liên hệ: bà Mạc Thị Huyền, chuyên viên Phòng Nghiệp vụ Y, điện "
        "thoại 0236.3821.556.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);",
                  "- Giám đốc Sở;", "- Lưu: VT, NVY."],
    "foot_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lò Văn Thịnh"],
}

# ====================================================================
# 3. thong_bao_86_tcvn3.docx  (thông báo, TCVN3: .VnTime / .VnTimeH)
# ====================================================================
# ("H", text): .VnTimeH run, typed lower case (the font draws capitals).
# ("P", text): .VnTime run. TCVN3 has no toned capitals, so the body avoids
#              capitals carrying a tone mark (as typists did).
TB86 = [
    ("H", "Ủy ban nhân dân"),
    ("H", "Thành phố Hà Thanh"),
    ("P", "Số: 86/TB-UBND"),
    ("H", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("P", "Độc lập - Tự do - Hạnh phúc"),
    ("P", "Hà Thanh, ngày 05 tháng 6 năm 2023"),
    ("H", "Thông báo"),
    ("P", "Về việc tuyển dụng viên chức giáo dục năm 2023"),
    ("P", "Kính gửi: Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở "
          "trên địa bàn thành phố."),
    ("P", "Căn cứ chỉ tiêu biên chế được giao, thành phố Hà Thanh thông báo tuyển "
          "dụng 146 viên chức giáo dục, trong đó giáo viên mầm non 52 chỉ tiêu, giáo "
          "viên tiểu học 61 chỉ tiêu, giáo viên trung học cơ sở 33 chỉ tiêu."),
    ("P", "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 12/6/2023 đến hết ngày "
          "11/7/2023, trong giờ hành chính; địa điểm nhận phiếu tại Phòng Nội vụ "
          "thành phố, số 27 đường Lê Lợi, phường Bắc Sơn."),
    ("P", "Lệ phí dự tuyển là 500.000 đồng/thí sinh, nộp khi nhận phiếu đăng ký."),
    ("P", "Thông tin chi tiết liên hệ ông Lục Văn Tám, chuyên viên Phòng Nội vụ, "
          "điện thoại 0204.3856.912."),
    ("P", "Nơi nhận: Như trên; Sở Nội vụ; Cổng thông tin điện tử thành phố; Lưu: VT, NV."),
    ("H", "Tm. ủy ban nhân dân"),
    ("H", "Chủ tịch"),
    ("P", "Hoàng Thị Kim Oanh"),
]

# ====================================================================
# 4. to_trinh_58_vni.docx  (tờ trình, VNI-Times)
# ====================================================================
TT58 = [
    "ỦY BAN NHÂN DÂN HUYỆN HÒA MỸ",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    "Số: 58/TTr-PGDĐT",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hòa Mỹ, ngày 21 tháng 8 năm 2023",
    "TỜ TRÌNH",
    "Về việc đề nghị đầu tư xây dựng bổ sung phòng học năm 2024",
    "Kính gửi: Ủy ban nhân dân huyện Hòa Mỹ.",
    "Năm học 2023-2024, toàn huyện còn thiếu 74 phòng học, trong đó cấp mầm non "
    "thiếu 41 phòng, cấp tiểu học thiếu 33 phòng; nhiều điểm trường phải học nhờ "
    "nhà văn hóa thôn.",
    "Phòng Giáo dục và Đào tạo đề nghị Ủy ban nhân dân huyện đầu tư xây dựng bổ sung "
    "74 phòng học với tổng kinh phí 18,65 tỷ đồng từ nguồn ngân sách huyện.",
    "Thời gian thực hiện từ tháng 01 đến tháng 8 năm 2024, bảo đảm đưa các phòng học "
    "vào sử dụng trước ngày 05/9/2024.",
    "Đầu mối liên hệ: ông Tạ Quang Huy, chuyên viên phụ trách cơ sở vật chất, điện "
    "thoại 0915.642.380.",
    "Nơi nhận: Như trên; Phòng Tài chính - Kế hoạch; Lưu: VT.",
    "KT. TRƯỞNG PHÒNG",
    "PHÓ TRƯỞNG PHÒNG",
    "Âu Thị Ngọc Diệp",
]

# ====================================================================
# 5. cong_van_cu_1999_tcvn3.txt  (TCVN3 text saved as single-byte cp1252)
# ====================================================================
CV_CU_TXT = [
    "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Hà",
    "Số: 76/NN-KL",
    "Bắc Hà, ngày 03 tháng 4 năm 1999",
    "V/v phòng chống cháy rừng mùa khô năm 1999",
    "Kính gửi: Hạt Kiểm lâm các huyện, thị xã.",
    "Mùa khô năm 1999 dự báo kéo dài, nắng nóng gay gắt; toàn tỉnh có 12.760 ha "
    "rừng thông có nguy cơ cháy cao.",
    "Sở đề nghị các hạt kiểm lâm thành lập tổ đội xung kích phòng cháy tại các xã "
    "trọng điểm, hoàn thành trước ngày 15 tháng 4 năm 1999.",
    "Khi xảy ra cháy rừng phải báo ngay về Chi cục Kiểm lâm tỉnh theo số điện "
    "thoại 826.114.",
    "Nơi nhận: Như trên; UBND tỉnh; Lưu.",
    "KT. Giám đốc Sở",
    "Phó Giám đốc",
    "Ma Văn Sinh",
]

# ====================================================================
# 6. bao_cao_nam_hoc_2022_2023.docx  (report, python-docx, table with caption)
# ====================================================================
GD_T1 = [  # unit, số trường, số lớp, số học sinh, số trường đạt chuẩn quốc gia
    ("Thành phố Hà Thanh", 86, 1742, 58315, 70),
    ("Thị xã Trường Lạc", 47, 812, 26408, 35),
    ("Huyện Vĩnh Khang", 63, 905, 27136, 44),
    ("Huyện Hòa Mỹ", 58, 846, 24973, 42),
    ("Huyện Quảng Lâm", 71, 938, 25610, 45),
    ("Huyện Đức Phong", 54, 701, 21847, 36),
    ("Huyện Ngọc Tuyền", 66, 779, 19582, 39),
    ("Huyện Lam Điền", 49, 623, 17264, 35),
]
GD_T1_TOTAL = tuple(sum(r[i] for r in GD_T1) for i in (1, 2, 3, 4))
assert GD_T1_TOTAL == (494, 7346, 221135, 346), GD_T1_TOTAL


def gd_t1_rows():
    rows = [[u, vn_int(a), vn_int(b), vn_int(c), vn_int(d), vn_dec(100 * d / a)]
            for (u, a, b, c, d) in GD_T1]
    a, b, c, d = GD_T1_TOTAL
    rows.append(["Tổng cộng", vn_int(a), vn_int(b), vn_int(c), vn_int(d), vn_dec(100 * d / a)])
    return rows


GD_DOCX = {
    "header": ["UBND TỈNH BẮC HÀ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 214/BC-SGDĐT"],
    "title": "BÁO CÁO",
    "subtitle": "Tổng kết năm học 2022-2023",
    "paras_before": [
        "Năm học 2022-2023, ngành giáo dục tỉnh Bắc Hà tiếp tục thực hiện Chương trình "
        "giáo dục phổ thông 2018 đối với các lớp 3, 7 và 10; tỷ lệ học sinh tốt nghiệp "
        "trung học phổ thông đạt 98,74%.",
        "Toàn tỉnh có 494 trường mầm non, tiểu học và trung học cơ sở với 221.135 học "
        "sinh. Quy mô trường, lớp theo từng đơn vị được tổng hợp tại Bảng 1.",
    ],
    "t1_caption": "Bảng 1. Quy mô trường, lớp, học sinh và trường đạt chuẩn quốc gia năm học 2022-2023",
    "t1_header": ["Đơn vị", "Số trường", "Số lớp", "Số học sinh",
                  "Trường đạt chuẩn quốc gia", "Tỷ lệ đạt chuẩn (%)"],
    "paras_after": [
        "Năm học 2023-2024, ngành phấn đấu có thêm 25 trường đạt chuẩn quốc gia và "
        "hoàn thành kiên cố hóa 100% phòng học cấp mầm non.",
        "Nơi nhận: Bộ Giáo dục và Đào tạo; UBND tỉnh; Lưu: VT, KHTC.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Chu Thị Lan Phương",
    ],
}

# ====================================================================
# 7. bao_cao_tiem_chung_quang_lam.odt  (report, docx -> LibreOffice odt)
# ====================================================================
TC_ROWS_RAW = [  # xã, số trẻ dưới 1 tuổi, số trẻ tiêm đủ
    ("Thị trấn Quảng Lâm", 412, 405),
    ("Xã Quảng Tiến", 286, 279),
    ("Xã Quảng Hòa", 231, 219),
    ("Xã Lâm Sơn", 198, 190),
    ("Xã Lâm Phú", 174, 161),
    ("Xã Tân Quảng", 203, 196),
]


def tc_rows():
    rows = [[x, vn_int(a), vn_int(b), vn_dec(100 * b / a)] for x, a, b in TC_ROWS_RAW]
    A = sum(r[1] for r in TC_ROWS_RAW)
    B = sum(r[2] for r in TC_ROWS_RAW)
    rows.append(["Tổng cộng", vn_int(A), vn_int(B), vn_dec(100 * B / A)])
    return rows


ODT_DOC = {
    "header": ["UBND HUYỆN QUẢNG LÂM", "TRUNG TÂM Y TẾ", "Số: 97/BC-TTYT"],
    "title": "BÁO CÁO",
    "subtitle": "Kết quả tiêm chủng mở rộng năm 2023",
    "paras_before": [
        "Năm 2023, Trung tâm Y tế huyện Quảng Lâm tổ chức 12 đợt tiêm chủng thường "
        "xuyên tại 6 xã, thị trấn; không để xảy ra tai biến nặng sau tiêm.",
        "Kết quả tiêm chủng đầy đủ cho trẻ dưới 1 tuổi theo từng xã, thị trấn như sau:",
    ],
    "table_caption": "Bảng 2. Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ năm 2023",
    "table_header": ["Xã, thị trấn", "Số trẻ dưới 1 tuổi", "Số trẻ được tiêm đủ",
                     "Tỷ lệ (%)"],
    "paras_after": [
        "Năm 2024, Trung tâm phấn đấu duy trì tỷ lệ tiêm chủng đầy đủ trên 95% ở tất "
        "cả các xã, thị trấn.",
        "GIÁM ĐỐC",
        "Vi Văn Khánh",
    ],
}

# ====================================================================
# 8. giai_ngan_dau_tu_cong_2023.xlsx  (numbers + formats; answers = en-US display)
# ====================================================================
GN_TITLE = "Kết quả giải ngân vốn đầu tư công tỉnh Bắc Hà năm 2023"
GN_HEADER = ["Đơn vị", "Kế hoạch vốn (tỷ đồng)", "Đã giải ngân (tỷ đồng)", "Tỷ lệ giải ngân"]
GN_ROWS = [
    ("Thành phố Hà Thanh", 1354.2, 1218.7),
    ("Thị xã Trường Lạc", 612.8, 547.3),
    ("Huyện Vĩnh Khang", 402.6, 371.9),
    ("Huyện Hòa Mỹ", 295.1, 244.8),
    ("Huyện Quảng Lâm", 331.7, 309.2),
    ("Huyện Đức Phong", 276.5, 251.0),
    ("Huyện Ngọc Tuyền", 248.9, 198.6),
    ("Huyện Lam Điền", 219.3, 205.4),
]
GN_FMT_MONEY = "#,##0.0"
GN_FMT_PCT = "0.0%"
# Tỷ lệ column stored as a value (ratio rounded to 4 decimals), format "0.0%".
# Total row: B, C are =SUM(...), D is =C/B; cached values written by LibreOffice.

# ====================================================================
# 9. tram_y_te_quang_lam.xls  (Excel 97 via LibreOffice)
# ====================================================================
TYT_TITLE = "Danh sách trạm y tế xã, thị trấn huyện Quảng Lâm năm 2024"
TYT_HEADER = ["Trạm y tế", "Trạm trưởng", "Số giường bệnh", "Số nhân viên y tế"]
TYT_ROWS = [
    ("Trạm Y tế thị trấn Quảng Lâm", "Bế Thị Hoa", 10, 12),
    ("Trạm Y tế xã Quảng Tiến", "Nông Văn Chiến", 6, 8),
    ("Trạm Y tế xã Quảng Hòa", "Lưu Thị Thanh Bình", 5, 7),
    ("Trạm Y tế xã Lâm Sơn", "Hứa Đức Mạnh", 4, 6),
    ("Trạm Y tế xã Lâm Phú", "Triệu Thị Nga", 5, 9),
    ("Trạm Y tế xã Tân Quảng", "Dương Quốc Bảo", 7, 11),
    ("Trạm Y tế xã Quảng Phúc", "Khổng Thị Yến", 3, 5),
]
TYT_FMT = "0"

# ====================================================================
# 10. so_ket_6_thang_duc_phong.pptx
# ====================================================================
PPTX_SLIDES = [
    {"title": "Sơ kết công tác 6 tháng đầu năm 2024",
     "subtitle": "Ủy ban nhân dân huyện Đức Phong - ngày 08 tháng 7 năm 2024"},
    {"title": "Kết quả nổi bật 6 tháng đầu năm",
     "bullets": [
         "Giá trị sản xuất ước đạt 4.126,8 tỷ đồng, tăng 7,4% so với cùng kỳ",
         "Cấp mới 1.284 giấy chứng nhận quyền sử dụng đất",
         "Khởi công 4 công trình trọng điểm của huyện",
     ]},
    {"title": "Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2024",
     "table_header": ["Chỉ tiêu", "Kế hoạch năm 2024", "Thực hiện 6 tháng", "Đạt (%)"],
     "table_rows": [
         ["Thu ngân sách trên địa bàn (tỷ đồng)", "312,0", "174,6", "56,0"],
         ["Sản lượng lương thực (tấn)", "46.500", "24.873", "53,5"],
         ["Số lao động được tạo việc làm (người)", "1.850", "1.012", "54,7"],
         ["Số hộ nghèo giảm (hộ)", "240", "97", "40,4"],
         ["Diện tích trồng rừng mới (ha)", "620", "418", "67,4"],
     ]},
    {"title": "Nhiệm vụ trọng tâm 6 tháng cuối năm",
     "bullets": [
         "Hoàn thành giải phóng mặt bằng khu công nghiệp Đức Phong trước ngày 30/9/2024",
         "Giải ngân 100% kế hoạch vốn đầu tư công",
     ]},
]

# ====================================================================
# 11. du_an_dau_tu_2024.csv  (UTF-8, Vietnamese number style)
# ====================================================================
CSV_HEADER = ["Tên dự án", "Chủ đầu tư", "Tổng mức đầu tư (triệu đồng)",
              "Thời gian thực hiện"]
CSV_ROWS = [
    ["Đường tỉnh 291 đoạn Hà Thanh - Trường Lạc", "Ban QLDA giao thông tỉnh", "486.200", "2024-2026"],
    ["Bệnh viện đa khoa huyện Ngọc Tuyền", "Sở Y tế", "215.750", "2024-2025"],
    ["Kè chống sạt lở sông Lam Điền", "UBND huyện Lam Điền", "97.340", "2024-2025"],
    ["Trường THPT Vĩnh Khang", "Sở Giáo dục và Đào tạo", "64.900", "2024"],
    ["Hồ chứa nước Khe Mơ", "Ban QLDA nông nghiệp tỉnh", "138.450,5", "2024-2027"],
    ["Trung tâm văn hóa thị xã Trường Lạc", "UBND thị xã Trường Lạc", "52.180", "2024-2025"],
    ["Cầu Đức Phong", "Ban QLDA giao thông tỉnh", "173.600", "2024-2026"],
]
