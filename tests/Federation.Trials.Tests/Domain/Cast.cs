namespace Federation.Trials.Tests.Domain;

/// <summary>The people of the trials in these tests: a Seoul startup applying to run a trial in Taipei.</summary>
internal static class Cast
{
    // Organisations by id, as the city's directory hands them out: a name may repeat, an id does not.
    private static readonly Guid Hanbit = Guid.Parse("0a000000-0000-0000-0000-000000000001");
    private static readonly Guid Namsan = Guid.Parse("0a000000-0000-0000-0000-000000000002");
    private static readonly Guid TaipeiHanbit = Guid.Parse("0a000000-0000-0000-0000-000000000003");
    private static readonly Guid SeoulAgencyHanbit = Guid.Parse("0a000000-0000-0000-0000-000000000004");
    private static readonly Guid Sdf = Guid.Parse("0a000000-0000-0000-0000-000000000005");
    private static readonly Guid Doit = Guid.Parse("0a000000-0000-0000-0000-000000000006");
    private static readonly Guid Dot = Guid.Parse("0a000000-0000-0000-0000-000000000007");
    private static readonly Guid Gla = Guid.Parse("0a000000-0000-0000-0000-000000000008");
    private static readonly Guid SeoulNamesake = Guid.Parse("0a000000-0000-0000-0000-000000000009");

    public static readonly Actor Applicant = new("seoul", Actor.Startup, "kim", "Hanbit Mobility", Hanbit);
    public static readonly Actor ApplicantColleague = new("seoul", Actor.Startup, "park", "Hanbit Mobility", Hanbit);
    public static readonly Actor OtherSeoulStartup = new("seoul", Actor.Startup, "lee", "Namsan Sensors", Namsan);
    public static readonly Actor TaipeiStartupOfSameName = new("taipei", Actor.Startup, "chen", "Hanbit Mobility", TaipeiHanbit);
    /// <summary>Another Seoul company that registered under the applicant's very name: the same name, a different id.</summary>
    public static readonly Actor SeoulStartupOfSameName = new("seoul", Actor.Startup, "jung", "Hanbit Mobility", SeoulNamesake);
    public static readonly Actor SeoulAgencyOfSameName = new("seoul", Actor.Agency, "choi", "Hanbit Mobility", SeoulAgencyHanbit);
    public static readonly Actor HomeAgency = new("seoul", Actor.Agency, "sdf", "Seoul Digital Foundation", Sdf);
    public static readonly Actor HostAgency = new("taipei", Actor.Agency, "doit", "Taipei Department of Information Technology", Doit);
    public static readonly Actor OtherHostAgency = new("taipei", Actor.Agency, "dot", "Taipei Department of Transportation", Dot);
    public static readonly Actor LondonAgency = new("london", Actor.Agency, "gla", "Greater London Authority", Gla);

    public static Actor Named(string name) => name switch
    {
        nameof(Applicant) => Applicant,
        nameof(ApplicantColleague) => ApplicantColleague,
        nameof(OtherSeoulStartup) => OtherSeoulStartup,
        nameof(TaipeiStartupOfSameName) => TaipeiStartupOfSameName,
        nameof(SeoulStartupOfSameName) => SeoulStartupOfSameName,
        nameof(SeoulAgencyOfSameName) => SeoulAgencyOfSameName,
        nameof(HomeAgency) => HomeAgency,
        nameof(HostAgency) => HostAgency,
        nameof(OtherHostAgency) => OtherHostAgency,
        nameof(LondonAgency) => LondonAgency,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
