namespace Federation.Trials.Features.Certificates;

/// <summary>
/// The printed certificate's wording in one language. <see cref="Statement"/> takes the applicant (0),
/// its home city (1), the host agency (2) and the host city (3).
/// </summary>
public sealed record CertificateTexts(
    string Title,
    string Statement,
    string Solution,
    string Applicant,
    string HomeCity,
    string HostCity,
    string HostAgency,
    string Site,
    string Period,
    string KpisAchieved,
    string Kpi,
    string Unit,
    string Baseline,
    string Target,
    string Achieved,
    string Confirmed,
    string Yes,
    string No,
    string Verdict,
    string Passed,
    string Failed,
    string Findings,
    string VerifiedOn,
    string SignedBy,
    string KeyFingerprint,
    string CertificateId,
    string TrialId,
    string HowToVerify)
{
    public static readonly IReadOnlyDictionary<string, CertificateTexts> ByLanguage = new Dictionary<string, CertificateTexts>
    {
        ["en"] = new(
            "Certificate of Demonstration",
            "{0} of {1} demonstrated this solution in a verification trial hosted by {2}, {3}.",
            "Solution", "Applicant", "Home city", "Host city", "Host agency", "Site", "Trial period",
            "KPIs achieved", "Indicator", "Unit", "Baseline", "Target", "Achieved", "Confirmed by the host", "Yes", "No",
            "Verdict", "Passed", "Failed", "Findings", "Verified on", "Signed by", "Key fingerprint",
            "Certificate", "Trial",
            "Any member node of the federation can verify this certificate's signature against the signer city's key."),
        ["zh-TW"] = new(
            "實證證明書",
            "{1}之{0}於{3}{2}主辦之實證試驗中，完成本解決方案之驗證。",
            "解決方案", "申請單位", "所屬城市", "主辦城市", "主辦機關", "實證場域", "實證期間",
            "關鍵績效指標達成情形", "指標", "單位", "基準值", "目標值", "達成值", "主辦方確認", "是", "否",
            "驗證結果", "通過", "未通過", "審查意見", "驗證日期", "簽署城市", "金鑰指紋",
            "證書編號", "試驗編號",
            "聯盟任一成員節點皆可依簽署城市之金鑰驗證本證書之數位簽章。"),
        ["ko"] = new(
            "실증 확인서",
            "{1}의 {0}은(는) {3} {2}이(가) 주관한 실증에서 이 솔루션을 실증하였습니다.",
            "솔루션", "신청 기관", "소속 도시", "실증 도시", "주관 기관", "실증 장소", "실증 기간",
            "성과지표 달성 결과", "지표", "단위", "기준값", "목표값", "달성값", "주관 기관 확인", "예", "아니요",
            "판정", "통과", "미통과", "검증 의견", "검증일", "서명 도시", "키 지문",
            "확인서 번호", "실증 번호",
            "연합의 모든 회원 노드에서 서명 도시의 키로 이 확인서의 전자서명을 검증할 수 있습니다."),
    };
}
