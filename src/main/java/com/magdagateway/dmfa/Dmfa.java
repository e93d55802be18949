package com.magdagateway.dmfa;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's DmfA attestations (quarterly RSZ declarations) as the REST contract presents them, by quarter. Counts
 * of days and hours, which DmfA writes in hundredths, and amounts, which it writes in euro cents, are given as
 * decimal numbers of days, hours and euros; a value that is not a number is left out (null) rather than failing.
 */
@Schema(name = "Dmfa")
public record Dmfa(String insz, List<Attestation> attestations) {

    /** One attestation: a version of an employer's quarterly declaration about this worker. */
    @Schema(name = "DmfaAttestation")
    public record Attestation(@Schema(example = "600000000201") String number, @Schema(example = "2") String version,
            Status status, @Schema(description = "Quarter written YYYYQn", example = "2023Q2") String quarter,
            Employer employer, List<WorkerLine> workerLines,
            @Schema(description = "Date the attestation was created", example = "2023-08-14") String creationDate,
            @Schema(description = "Version this one replaces; null for the first", example = "1") String previousVersion,
            @Schema(description = "Version that replaces this one; null for the latest", example = "3") String nextVersion,
            @Schema(description = "Institution that collected the declaration", example = "RSZ") String source,
            @Schema(description = "Sector indicator as given, e.g. PRI private or SEC public sector", example = "PRI")
            String sectorIndicator,
            @Schema(description = "Whether the employer was under curatorship (bankrupt) for the quarter")
            Boolean underCuratorship,
            @Schema(description = "Net amount due by the employer for the whole declaration, in euros",
                    example = "12500.00") BigDecimal netAmountDue,
            @Schema(description = "Whether the declaration was converted to regime 5") Boolean regime5Conversion,
            @Schema(description = "Start date of the annual holiday (holiday funds of the public sector)",
                    example = "2024-05-01") String holidayStartDate,
            @Schema(description = "The worker as the declaration names them") Worker worker) {
    }

    /** The attestation's status, e.g. {@code 0} new, {@code 1} modified, {@code 2} cancelled. */
    @Schema(name = "DmfaStatus")
    public record Status(@Schema(example = "1") String code, @Schema(example = "Aangepast") String description) {
    }

    /** The declaring employer by its RSZ/NSSO registration number and its enterprise (KBO) number. */
    @Schema(name = "DmfaEmployer")
    public record Employer(@Schema(example = "263987415") String nssoNumber,
            @Schema(example = "0412345614") String enterpriseNumber,
            @Schema(description = "The employer's previous RSZ number, when it changed", example = "163987419")
            String previousNssoNumber) {
    }

    /** The worker as named in the declaration. */
    @Schema(name = "DmfaWorker")
    public record Worker(@Schema(example = "79641111117") String insz,
            @Schema(description = "The worker's previous INSZ, when it changed") String previousInsz,
            @Schema(example = "Peeters") String lastName, @Schema(example = "An") String firstName,
            @Schema(description = "Whether the worker's identification was validated (Oriolus)") Boolean identityValidated) {
    }

    /** A worker line: employer category, worker code and the period it covers, with its occupations and contributions. */
    @Schema(name = "DmfaWorkerLine")
    public record WorkerLine(@Schema(description = "Employer category (werkgeverscategorie)", example = "010") String category,
            @Schema(description = "Worker code (werknemerskengetal)", example = "015") String workerCode,
            @Schema(example = "2023-04-01") String from, @Schema(example = "2023-06-30") String to,
            @Schema(description = "Whether the worker is a frontier worker") Boolean frontierWorker,
            @Schema(description = "Activity with regard to the risk (code)", example = "1") String activityRisk,
            @Schema(description = "Number of the local unit (establishment unit) of the line", example = "2123456789")
            String localUnitNumber,
            @Schema(description = "Occupations (tewerkstellingen) of the line, in MAGDA's order") List<Occupation> occupations,
            @Schema(description = "Worker contributions of the line") List<Contribution> contributions,
            @Schema(description = "Contribution reductions of the line") List<Reduction> reductions,
            @Schema(description = "Solidarity contribution for a student, when the line is one") StudentContribution studentContribution) {
    }

    /** One occupation: an uninterrupted period of work under the same conditions, with its working time and pay. */
    @Schema(name = "DmfaOccupation")
    public record Occupation(@Schema(description = "Sequence number of the occupation", example = "1") String number,
            @Schema(description = "The employer's own number for the occupation", example = "EMP-0042") String internalNumber,
            LocalUnit localUnit, @Schema(example = "2023-04-01") String from,
            @Schema(description = "Null while the occupation continues") String to,
            @Schema(description = "Joint committee (paritair comité)", example = "200") String jointCommittee,
            @Schema(description = "Days per week of the work schedule", example = "5.00") BigDecimal workingDaysPerWeek,
            @Schema(description = "Contract type: 0 full-time (Voltijds), 1 part-time (Deeltijds); other codes are "
                    + "passed on without description") Code contractType,
            @Schema(description = "Average weekly working hours of the worker and of the reference person")
            WeeklyHours averageWeeklyHours,
            @Schema(description = "Measure reorganising working time (code)", example = "503") String workingTimeMeasure,
            @Schema(description = "Measure promoting employment (code)", example = "17") String employmentMeasure,
            @Schema(description = "Worker status (statuut), e.g. D domestic, SA seasonal", example = "D") String workerStatus,
            @Schema(description = "Pensioner indicator (code)", example = "0") String pensioner,
            @Schema(description = "Apprentice type (code)", example = "1") String apprenticeType,
            @Schema(description = "How the worker is paid (code)", example = "1") String remunerationMethod,
            @Schema(description = "Function number (code)", example = "2") String functionNumber,
            @Schema(description = "Hourly wage, in euros", example = "15.50") BigDecimal hourlyWage,
            @Schema(description = "NIS code of the municipality where the work is done", example = "12025")
            String workplaceNisCode,
            Information information,
            @Schema(description = "Performances (prestaties): days and hours per performance code") List<Performance> performances,
            @Schema(description = "Remunerations (bezoldigingen) per remuneration code") List<Remuneration> remunerations) {
    }

    /** The local unit (vestigingseenheid) where the occupation takes place. */
    @Schema(name = "DmfaLocalUnit")
    public record LocalUnit(@Schema(example = "2123456789") String number,
            @Schema(description = "NIS code of its municipality", example = "12025") String nisCode) {
    }

    /** Average weekly hours: of the worker (Q) and of the full-time reference person (S). */
    @Schema(name = "DmfaWeeklyHours")
    public record WeeklyHours(@Schema(example = "19.00") BigDecimal worker,
            @Schema(example = "38.00") BigDecimal referencePerson) {
    }

    /** A coded value with its description; codes the gateway does not know are passed on. */
    @Schema(name = "DmfaCode")
    public record Code(@Schema(example = "1") String code, @Schema(example = "Deeltijds") String description) {
    }

    /** Further information on the occupation, where the declaration gives it. */
    @Schema(name = "DmfaOccupationInformation")
    public record Information(
            @Schema(description = "Date from which the worker has been ill for six months", example = "2023-05-12")
            String illForSixMonthsFrom,
            @Schema(description = "Horeca extra indicator (code)") String horecaExtra,
            @Schema(description = "Made available to another user (terbeschikkingstelling, code)") String secondment,
            @Schema(description = "Hourly wage, in euros to the thousandth", example = "15.125") BigDecimal hourlyWage,
            @Schema(description = "Guaranteed wage first week (code)") String guaranteedWageFirstWeek,
            @Schema(description = "Gross salary for illness, in euros", example = "123.45") BigDecimal grossSalaryIllness,
            @Schema(description = "Date of permanent appointment", example = "2019-09-01") String permanentAppointmentDate,
            @Schema(description = "Career measure (code)", example = "1") String careerMeasure,
            @Schema(description = "Number of holiday days", example = "20") Integer holidayDays,
            @Schema(description = "Sector detail (code)") String sectorDetail,
            @Schema(description = "Mobility budget, in euros", example = "250.00") BigDecimal mobilityBudget) {
    }

    /** A performance: days (and hours) of a kind of work or absence, by DmfA performance code. */
    @Schema(name = "DmfaPerformance")
    public record Performance(@Schema(description = "Sequence number", example = "1") String number,
            @Schema(description = "Performance code, e.g. 1 normal working days", example = "1") String code,
            @Schema(description = "Days", example = "32.00") BigDecimal days,
            @Schema(description = "Hours, when the declaration gives them", example = "243.20") BigDecimal hours,
            @Schema(description = "Flight minutes (flight crew)", example = "1200") Integer flightMinutes) {
    }

    /** A remuneration: an amount paid under a DmfA remuneration code. */
    @Schema(name = "DmfaRemuneration")
    public record Remuneration(@Schema(description = "Sequence number", example = "1") String number,
            @Schema(description = "Remuneration code, e.g. 1 ordinary pay", example = "1") String code,
            @Schema(description = "Payment frequency of a premium, in months", example = "12") String premiumFrequency,
            @Schema(description = "Percentage on an annual basis", example = "100.00") BigDecimal annualPercentage,
            @Schema(description = "Fictitious salary, in euros") BigDecimal fictitiousSalary,
            @Schema(description = "Amount, in euros", example = "9750.00") BigDecimal amount) {
    }

    /** A worker contribution: code, type, calculation basis and amount. */
    @Schema(name = "DmfaContribution")
    public record Contribution(@Schema(example = "855") String code, @Schema(example = "0") String type,
            @Schema(description = "Calculation basis, in euros", example = "9750.00") BigDecimal calculationBasis,
            @Schema(description = "Amount, in euros", example = "1274.33") BigDecimal amount) {
    }

    /** A contribution reduction granted on the line. */
    @Schema(name = "DmfaReduction")
    public record Reduction(@Schema(example = "3410") String code,
            @Schema(description = "Calculation basis, in euros") BigDecimal calculationBasis,
            @Schema(description = "Amount of the reduction, in euros", example = "450.00") BigDecimal amount,
            @Schema(description = "Date the right to the reduction starts", example = "2023-04-01") String rightFrom) {
    }

    /** The solidarity contribution for a student: wage, contribution, days and hours. */
    @Schema(name = "DmfaStudentContribution")
    public record StudentContribution(@Schema(description = "Wage, in euros", example = "1200.00") BigDecimal wage,
            @Schema(description = "Contribution, in euros", example = "97.20") BigDecimal amount,
            @Schema(example = "10") Integer days, @Schema(example = "76") Integer hours) {
    }
}
