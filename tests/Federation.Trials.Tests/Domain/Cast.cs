namespace Federation.Trials.Tests.Domain;

/// <summary>The people of the trials in these tests: a Seoul startup applying to run a trial in Taipei.</summary>
internal static class Cast
{
    public static readonly Actor Applicant = new("seoul", Actor.Startup, "kim", "Hanbit Mobility");
    public static readonly Actor ApplicantColleague = new("seoul", Actor.Startup, "park", "Hanbit Mobility");
    public static readonly Actor OtherSeoulStartup = new("seoul", Actor.Startup, "lee", "Namsan Sensors");
    public static readonly Actor TaipeiStartupOfSameName = new("taipei", Actor.Startup, "chen", "Hanbit Mobility");
    public static readonly Actor SeoulAgencyOfSameName = new("seoul", Actor.Agency, "choi", "Hanbit Mobility");
    public static readonly Actor HomeAgency = new("seoul", Actor.Agency, "sdf", "Seoul Digital Foundation");
    public static readonly Actor HostAgency = new("taipei", Actor.Agency, "doit", "Taipei Department of Information Technology");
    public static readonly Actor OtherHostAgency = new("taipei", Actor.Agency, "dot", "Taipei Department of Transportation");
    public static readonly Actor LondonAgency = new("london", Actor.Agency, "gla", "Greater London Authority");

    public static Actor Named(string name) => name switch
    {
        nameof(Applicant) => Applicant,
        nameof(ApplicantColleague) => ApplicantColleague,
        nameof(OtherSeoulStartup) => OtherSeoulStartup,
        nameof(TaipeiStartupOfSameName) => TaipeiStartupOfSameName,
        nameof(SeoulAgencyOfSameName) => SeoulAgencyOfSameName,
        nameof(HomeAgency) => HomeAgency,
        nameof(HostAgency) => HostAgency,
        nameof(OtherHostAgency) => OtherHostAgency,
        nameof(LondonAgency) => LondonAgency,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
