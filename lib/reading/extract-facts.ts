import {
  AUTHORITIES_WORDS,
  authoritiesListedAtJudgement,
  disclosedOnRequestOrSuspicion,
  LEAD_IN_AT_LAW,
  MESSAGES_REFUSED_WORDS,
  messagesRefusedByTelling,
  NEVER_DELETED_WORDS,
  neverDeleted,
  onlySignalDescribed,
  STOPS_COLLECTING,
  withoutOthersRefusal,
} from "./read-since-2027-02-04";
import {
  confinedToRegion,
  opensBeside,
  regionPeopleHeading,
  providersGivenNothingFurther,
  providersHeldToTheirTask,
  notifiedOnlyAsTheLawRequires,
  optOutWayInTheNextSentence,
  optOutNotOffered,
  PURPOSE_FIRST_WORDS,
  safeguardsPurposeFirst,
  cookiesSetByAPlatform,
  PLATFORM_SETS_COOKIES_WORDS,
  pixelsLoadedFromAProvider,
  indefiniteWhileActiveByHeading,
  NOT_DISCLOSED_TO_AUTHORITIES_WORDS,
  notDisclosedToAuthoritiesUnlessObliged,
} from "./read-since-2027-02-06";
import {
  backupsNotReliedOn,
  blankNotARightToSee,
  childrenAmongAnyone,
  deletionInANumberedList,
  FOR_SOME_USERS_ONLY,
  givenToHelpAgainstCrime,
  notAllowedWithoutAParent,
  noticeOnlyWhereTheCompanyThinksFit,
  OPTED_OUT_OF_SHARING_WORDS,
  optedOutOfSharingForPromotion,
  PARTNERS_USE_COOKIES_WORDS,
  partnersUseCookiesToCollect,
  RIGHTS_LIST_WORDS,
  seeOrCorrectInANumberedList,
  storedForSomeRegionsOnly,
} from "./read-since-2027-02-07";
import {
  activityCollectedAcrossSites,
  COLLECTED_ACROSS_WORDS,
  companyAsProcessor,
  companyCooperatesWithRegulator,
  contactAsAPurpose,
  GROUND_WORDS,
  groundAtJudgementInANumberedList,
  headingsOnly,
  mayNotifyByEmailOrPosting,
  notTheUsersDeletion,
  optOutSignalNotDetected,
  PROFILES_WORDS,
  regionLeadIns,
  sectionForSomeRegions,
  thirdPartiesBuildProfilesForAds,
} from "./read-since-2027-02-08";
import {
  disclosedToReportACrime,
  NO_SHARING_WORDS,
  NOT_SHARED,
  notSharedWithAnyThirdParty,
  REPORT_CRIME_WORDS,
  sharedSoTheyCanMarket,
  SO_THEY_CAN_MARKET_WORDS,
} from "./read-since-2027-02-09";
import {
  COOKIE_SETTINGS_CONTROL,
  COOKIE_SETTINGS_WAY,
  HAVE_IT_DELETED_WORDS,
  youCanHaveItDeleted,
  INSTRUCTIONS_IN_THE_MESSAGE_WAY,
  instructionsInTheMessage,
  keptUntilUnsubscribed,
  optOutScopeOnly,
  rightsOnlyLimited,
  adCompaniesUseDataForTheirAds,
  authoritiesGivenDataAgainstFraud,
  deniedForTheirMarketingUnless,
  givenForTheirMailingList,
  MAILING_LIST_WORDS,
  PREVENT_FRAUD_WORDS,
  PRIOR_VERSIONS_KEPT_VALUE,
  PRIOR_VERSIONS_WORDS,
  priorVersionsKept,
  recipientsMayNotSell,
  sharedSoTheySendPromotions,
  SO_THEY_SEND_WORDS,
  UNLESS_WORDS,
  VISITS_ELSEWHERE_WORDS,
} from "./read-since-2027-02-10";
import {
  accountDeletionRequires,
  beaconsHeading,
  blankRunInHeading,
  deletionRequestForwarded,
  informationFromCookies,
  informOfChangesAsAPurpose,
  jurisdictionsHeading,
  noOptOutAfterAll,
  providersNamedNoRecipient,
} from "./read-since-2027-02-11";
import {
  companyAsAProvider,
  noticeThatIsNone,
  optOutThatIsNone,
  respondedWhereNotCompelled,
  respondsOnlyInTheFuture,
  stateAttorneyGeneral,
  tiedToAFramework,
  trackingNamedOnly,
} from "./read-since-2027-02-12";
import {
  ADS_OF_THEIR_OWN_WORDS,
  notifiedOnThePage,
  recipientUsesForOwnAds,
  regionalRightsHeading,
  namedForTheCompany,
  usersOwnAdAccount,
} from "./read-since-2027-02-13";
import {
  ADVERTISERS_COMBINE_WORDS,
  administratorsItem,
  advertisersCombineTheData,
  advisedToDelete,
  ageBandOnly,
  BY_PHONE_WAY,
  byPhone,
  deletionRefusedForProviders,
  eServiceProvidersOnly,
  frameworkArbitration,
  identifyingDataOnlyUntilAsked,
  letteredLabel,
  noticeOnlyOnTheSite,
  priorSettingNotHonoured,
  providersForbiddenAUse,
  providersWhoNeedIt,
  withdrawalAsAGround,
  withoutPreferencesSubmittedBefore,
} from "./read-since-2027-02-14";
import {
  breachesOfOtherAccounts,
  messageToUsersOfChanges,
  namedStateAttorneyGeneral,
  NONAFFILIATES_WORDS,
  nonaffiliatesMarketToYou,
  noticePeriodAsEffectAfter,
  opensOnARegion,
  RESIDUE_WORDS,
  residueInBackups,
  sharedForOurOwnMarketing,
  sharedOnBeliefOfABreach,
  signalNotAlwaysAnswered,
  sparedRetyping,
  STORED_SECURELY_WORDS,
  storedSecurely,
  deviceOrBrowserSettings,
  instructionsInEmails,
  namedButton,
  noOptOutOffered,
  TEXT_KEYWORD_WAY,
  textAKeyword,
} from "./read-since-2027-02-15";
import {
  AD_TRACKING_ROW_WORDS,
  adTrackingRow,
  FORWARDED_WORDS,
  eachMessageSaysHow,
  forwardedForPartnersEmails,
  necessaryForTheirTask,
  providersOnlyProtected,
  regionsRecourse,
  sharedForTargetedAds,
  TARGETED_ADS_WORDS,
  withoutPreferencesInTheMessage,
} from "./read-since-2027-02-16";
import {
  AFFILIATE_WORDS,
  affiliateNetwork,
  anyDataInATransfer,
  INCLUDED_WORDS,
  KEPT_PAST_CLOSING_VALUE,
  KEPT_PAST_CLOSING_WORDS,
  keptPastClosing,
  providersHeldToInstructions,
  withdrawalAsAnErasureGround,
} from "./read-since-2027-02-17";
import {
  BY_COOKIES_WORDS,
  cookiesDoTheTargeting,
  deniedUnlessPermitted,
  disclosedOnARequestAboutLiability,
  IDENTIFIERS_WORDS,
  identifiersSharedForTargetedAds,
  INTERESTED_WORDS,
  LIABILITY_WORDS,
  NEGATED,
  noStandardForTheSignal,
  OFFER_YOU_WORDS,
  partnersOfferYou,
  partnersTellOfProducts,
  SEND_MARKETING_WORDS,
  sharedSoTheySendMarketing,
} from "./read-since-2027-02-18";
import {
  attorneyGeneralForYourState,
  CONTACTING_WORDS,
  disclosedForInvestigations,
  INVESTIGATIONS_WORDS,
  opensOnCertainCountries,
  partnersContactYouWithOffers,
  sharedToMeasureOurCampaigns,
} from "./read-since-2027-02-19";
import {
  adCompaniesKeepUnderOwnPolicy,
  CROSS_SITE_WORDS,
  crossSiteAdvertisers,
  deniedForAPastYear,
  LOOKBACK_SCOPE,
  networksTargetYouElsewhere,
  OTHER_SITES_WORDS,
  OWN_POLICY_WORDS,
  REFER_WORDS,
  referredToThePolice,
  sharedWithCrossSiteAdvertisers,
  soldToCrossContextAdvertisers,
} from "./read-since-2027-02-20";
import {
  compelledOrAtOurJudgement,
  CONVINCED_WORDS,
  countryPeopleHeading,
  NEW_OWNER_WORDS,
  newOwnerHonoursThem,
  OWN_ANALYTICS_WORDS,
  ownAnalytics,
} from "./read-since-2027-02-21";
import {
  adsOfItsOwnNetwork,
  answeredInThePublicInterest,
  askUsNotToShare,
  bodyNamedOnRequest,
  companiesThatMarketToYou,
  GOVERNING_WORDS,
  MARKET_TO_YOU_WORDS,
  OWN_NETWORK_WORDS,
  PUBLIC_INTEREST_WORDS,
  residentsOfACountryHeading,
} from "./read-since-2027-02-22";
import {
  BY_OTHERS_WORDS,
  CHANGE_AT_ANY_TIME_WORDS,
  changeItAtAnyTime,
  frameworksComplaintPointedBack,
  HELP_WORDS,
  opensOnARegionsAccount,
  sharedAsItBelievesThisHelps,
  usedByOthersForAdsElsewhere,
} from "./read-since-2027-02-23";
import {
  collectedForTheirOwnMarketing,
  disclosedAgainstCrime,
  NOT_REQUIRED_WORDS,
  opensOnNamedPlaces,
  PREVENTING_CRIME_WORDS,
  REPORT_WORDS,
  sharedWhereNotRequired,
  THEIR_OWN_MARKETING_WORDS,
  violationReported,
} from "./read-since-2027-02-24";
import {
  ACTIVITY_OFF_WORDS,
  activityOffTheProductsForAds,
  ADVANCE_WORDS,
  ADVERTISER_WORDS,
  advertiserMayContactYou,
  COMBINED_WORDS,
  combinedForAdsElsewhere,
  disclosedToAdvanceItsInterests,
  OTHERS_ADVERTISING_WORDS,
  transmittedWithinARegion,
  usedForOthersAdvertising,
  WITHIN_WORDS,
} from "./read-since-2027-02-25";
import {
  adsAimedOnOtherSites,
  BELIEF_OF_UNLAWFULNESS_WORDS,
  OTHERS_PRODUCTS_WORDS,
  sharedOnBeliefOfUnlawfulness,
  usedToMarketOthersProducts,
} from "./read-since-2027-02-26";
import {
  advertisersLetCollect,
  AIMED_ITEM_WORDS,
  LET_COLLECT_WORDS,
  OBLIGED_WORDS,
  onlyWhenObligedByLaw,
  partnersListedToAimAds,
} from "./read-since-2027-02-27";
import {
  adCompaniesLetSetCookies,
  LET_SET_COOKIES_WORDS,
  listedForTheirMarketing,
  PROCEEDINGS_WORDS,
  RIGHTS_SERIES_NAMED_WORDS,
  rightsNamedInASeries,
  THEIR_PRODUCTS_WORDS,
  THEIR_TECHNOLOGY_WORDS,
  theirTechnologyForAdsElsewhere,
  usedInProceedingsAsItSeesFit,
} from "./read-since-2027-02-28";
import {
  adsOnSitesOfOthers,
  opensOnLawsOfPlaces,
  SITES_OF_OTHERS_WORDS,
} from "./read-since-2027-03-01";
import {
  disclosedOverPossibleFraud,
  partnerAnalysesForOffers,
  PERSONALISED_OFFERS_WORDS,
  POSSIBLE_FRAUD_WORDS,
  THEIR_CAMPAIGNS_WORDS,
  theirCampaignsAndAdsElsewhere,
} from "./read-since-2027-03-02";
import {
  AD_PARTNERS_COLLECT_WORDS,
  adPartnersCollectForAds,
  HELP_ADVERTISERS_WORDS,
  HELPS_WORDS,
  itemHelpsUnderABelief,
  providersHelpAdvertisers,
  sharedWithAuthoritiesUnconditionally,
  UNCONDITIONAL_WORDS,
} from "./read-since-2027-03-03";
import { lastAnswer } from "./last-answer";
import { LISTED_FOR_ADVERTISING_WORDS, listedForAimedAdvertising } from "./read-since-2027-01-28";
import {
  adsServedOnAndOff,
  DENIED_FOR_SOME_OR_ON_REQUEST,
  ON_AND_OFF_WORDS,
  OTHERS_COLLECT_VALUE,
  OTHERS_COLLECT_WORDS,
  othersCollectOnTheSite,
  OWN_PURPOSES_WORDS,
  usedForOwnPurposesBeyondThePolicy,
} from "./read-since-2027-01-29";
import {
  ERASED_EVERY_FEW_WORDS,
  erasedEveryFew,
  labelBeforeAList,
  locationServicesOff,
  optOutWebsitesNamed,
  withoutPreferencesLink,
} from "./read-since-2027-01-30";
import {
  partnersListedOutright,
  providersLimitedInOtherWords,
  providersNamedButNotGiven,
  regulatorAsGuidanceAuthor,
  theirInterestInMarketing,
  usersToldToEncrypt,
} from "./read-since-2027-01-31";
import {
  accessOnlyGrantedToUs,
  browserSignalWay,
  inYourProfileOrAccount,
  onlyADateLine,
  onlyHiddenOnDeletion,
  optOutOnlyAsCaveat,
  titleLabelsEndingInOptOut,
} from "./read-since-2027-02-01";
import { runTogetherPiece } from "./read-since-2027-02-02";
import { neededTrigrams, readingTrigrams, screen, type NeededTrigrams } from "./necessary-trigrams";
import {
  cookiesOnlyOfTheRecord,
  INDUSTRY_SETTINGS,
  INDUSTRY_SETTINGS_WORDS,
  noticeOnlyAttempted,
  optOutOnlyAsConsequence,
  optOutOnlyAsRequirementDenied,
  preferencesPerBrowserOnly,
  correctionNamed,
  SEEN_ONLY,
  seenOnly,
} from "./read-since-2027-01-26";
import { asWritten } from "./as-written";
import {
  blankAdvertisersAsSource,
  campaignInformationOnly,
  CONNECTION_PROVIDER,
  DEFINES_SERVICES,
  withoutLegalObligations,
} from "./read-since-2027-01-27";
import type { PracticeSlug } from "./classifier";
import { OPT_OUT_HOW_UNSTATED, optOutParts, optOutValue } from "./fact-text";
import {
  blankExceptedAdvertisers,
  blankWithoutNotice,
  consentInAnotherItem,
  CORRECTION_REWORDED_2026_12_10,
  IDENTIFIES_NO_ONE_SHARED,
  KEPT_BACK_CONTRACTED,
  NO_ACCESS_UNENCRYPTED,
  notInTheBusinessOfSelling,
} from "./history-audit-2026-12-10";
import {
  CORRECTION_REWORDED_2026_12_16,
  DELETION_REWORDED_2026_12_16,
  PRONOUN_PASSES_IN_A_SALE,
} from "./history-audit-2026-12-16";
import { isHeadingAlone } from "./speaks-to";
import {
  durationText,
  NUMBER,
  periodValue,
  readRetentionPeriod,
  readRetentionPeriods,
  type RetentionPeriod,
} from "./retention-period";
import {
  NAMED_PARTNERS,
  partnersNamed,
  SHARING_CONTEXT,
  type NamedPartner,
} from "./named-partners";
import {
  orList,
  saleStatements,
  saleText,
  SCOPED_NO_SALE,
  type SaleStatement,
} from "./sale-statement";
import { sentencesOf, type Sentence } from "./sentences";
import {
  handedOverAtDiscretion,
  legalProcessAmongOtherGrounds,
  governedByThisPolicy,
  optOutOnlyAsReasonToKeep,
  privateKeyTheSiteStores,
  sharedWithPartnersForAds,
  unsubscribeWayBefore,
} from "./read-since-2026-12-11";
import {
  EVENT_IN_VERBS,
  RIGHT_TO_REQUEST_DELETION,
  CORRECTION_AUDIT_1213,
  dataToBuyersOfABusiness,
  directOnlyAsTheLawRequires,
  encryptionNotASafeguard,
  successorBoundReworded,
  withoutAdvisers,
} from "./read-since-2026-12-13";
import {
  BROWSER_CONFINED,
  DATA_PROTECTION_AUTHORITY_TITLE,
  LOG_INTO_ACCOUNT_WAY,
  cookiesRememberPreferences,
  freeBodyConfinedByHeading,
  keptAsLongAsWeNeedTo,
  namedAsSourceOnly,
  recourseConfinedByHeading,
  sharedWithAdvertisingAndOtherPartners,
} from "./read-since-2026-12-14";
import {
  archivedInAListOfVerbs,
  firstPartyCookiesReworded,
  keptWhileNeededReworded,
  optOutLabelAlone,
  sharedToDeliverPersonalisedAds,
  textStopWay,
  wishNotToReceiveAt,
  withSharingBeforeSaleLeftOut,
} from "./read-since-2026-12-12";
import {
  blankNotARightToSeeOrCorrect,
  CORRECTION_AUDIT_1215_WORDS,
  correctionAudit1215,
  DELETION_OF_SUCH_DATA_WORDS,
  deletionOfSuchData,
  POSTED_IN_OTHER_WORDS,
  USED_IN_LINE_WITH_POLICY,
  informedOnlyOnTheSite,
  OWN_CHANNEL,
  legalProcessesNamed,
  madePublicByTheUser,
  postedInOtherWords,
  SALE_POINTED_BACK,
  usedInLineWithPolicy,
} from "./read-since-2026-12-15";
import { answeredBeyondTheLaw, GATE_NOT_REQUIRED } from "./beyond-the-law";
import { breachNotice } from "./breach-notice";
import { SAFEGUARD_WORDS, safeguardsStated } from "./safeguards";
import {
  authorityDescribed,
  companyRecourse,
  COURT_WORDS,
  courtRecourse,
  ELSEWHERE_WORDS,
  FURTHER_OPTIONS_VALUE,
  GRIEVANCE,
  OVERSEEN_BY,
  recourseElsewhere,
} from "./recourse";
import {
  AUTHORITY_RESPONSIBLE_FOR_DATA_PROTECTION,
  clauseOpensOnFrameworkLabel,
  COMPANY_AS_PROVIDER,
  keptForeverSubject,
  keptForThePeriodNeeded,
  NOT_POSSIBLE_AFTER,
  partnersServeTargetedAds,
} from "./read-since-2026-12-18";
import {
  ADVANCE_NOTICE,
  ASKED_OF_ANOTHER,
  changesAnnouncedForAll,
  CORRECTION_WITHOUT_YOU_MAY,
  DELETION_WITHOUT_YOU_MAY,
  disclosureDeemedAppropriate,
  noticeOfABusinessTransfer,
  noticeOnlyAsABasis,
  notChangedUntold,
  registeredByAParent,
  thisNoticeChanged,
  USED_ONLY_AS_DESCRIBED,
} from "./read-since-2026-12-21";
import {
  allUsersNotified,
  blankDataWeCollect,
  businessSoldInPart,
  changeOfTheTermsOnly,
  changePostedHere,
  disclosedOnSuspicion,
  disclosedToAuthoritiesAtDiscretion,
  hashedDataForAdvertising,
  noticeAsAPurposeListed,
  questionOnly,
  warrantAsAVerbListed,
} from "./read-since-2026-12-22";
import {
  AGE_IN_A_DEFINITION,
  assumesObligationsDescribed,
  blankSettingChanged,
  dataPasses1217,
  EVENT_IN_VERBS_1217_WORDS,
  eventInVerbs1217,
  furtherNoticeOnlyAsTheLawRequires,
  HELD_DATA_ACCESSIBLE_WORDS,
  heldDataAccessible,
  LEGAL_REQUEST_WORDS,
  legalRequestNamed,
  noticeOnlyAsAPurpose,
  onlyUnderBindingRequest,
  POSTED_1217_WORDS,
  postedInFurtherWords1217,
  RECIPIENT_BOUND_WORDS,
  RECIPIENT_POINTED_BACK,
  recipientBoundToConfidentiality,
  reviewInAList,
  thisChangePosted,
  usersOwnTransfer,
} from "./read-since-2026-12-17";
import {
  INFORM_THOSE_AFFECTED_WORDS,
  REQUESTS_IN_HEADING_WORDS,
  RIGHTS_WISHED_WORDS,
  WHILE_THE_ACTIVITIES_WORDS,
  cookieRowLifetime,
  indefiniteWithinABound,
  informsThoseAffected,
  keptWhileActiveIndefinitely,
  keptWhileTheActivitiesGoOn,
  rightsInHeading,
  rightsWished,
} from "./read-since-2026-12-20";
import {
  courtDecisionNamed,
  hashedIdentifierOnly,
  limitForOneKindOfRecords,
  withoutAsideAfterModal,
  withoutOptOutList,
} from "./read-since-2026-12-23";
import {
  COMBINED_ELSEWHERE_WORDS,
  CONCESSION_WORDS,
  KEPT_WHILE_RELATIONSHIP_WORDS,
  SAVED_WORDS,
  afterConcession,
  combinedWithOtherSites,
  keptRightBefore,
  keptWhileRelationship,
  savedAsKept,
} from "./read-since-2026-12-26";
import {
  CORRECTION_GIVEN,
  DELETION_GIVEN,
  ITEM_AT_JUDGEMENT_WORDS,
  RIGHT_GIVEN_WORDS,
  businessChangePointedBack,
  dataPassesByGerund,
  itemAtJudgement,
  usersNotifiedOfTransfer,
} from "./read-since-2026-12-27";
import {
  COMPELLED_WORDS,
  DELETE_IN_A_LIST_WORDS,
  GROUNDS_WORDS,
  POINTS_BACK_UNDER,
  REQUEST_FROM_AUTHORITIES_WORDS,
  RIGHTS_SERIES_WORDS,
  accessInARightsSeries,
  deleteInAList,
  deletionInARightsSeries,
  disclosedOnGroundsToSuspect,
  disclosureJudgedAppropriate,
  onlyWhenCompelled,
  requestFromAuthorities,
} from "./read-since-2026-12-28";
import {
  COOKIES_REFUSED_WORDS,
  consentForMateriallyDifferentUse,
  cookiesRefusedInBrowser,
  doneAsTheSentenceBefore,
  noticeByPublicationHere,
} from "./read-since-2026-12-29";
import {
  answeredWhetherOrNotRequired,
  buyerOfTheBusiness,
  courtDecisionNounFirst,
  transferOfYoursPointedBack,
} from "./read-since-2026-12-30";
import {
  companyDisablesAccess,
  cookieSettingsInBrowser,
  keptAsLongTheyAreNeeded,
  namedAsPassiveSource,
  providersNamedAsNoRecipient,
  regulatorForAdviceOnly,
  sharingControlledBySetting,
} from "./read-since-2026-12-31";
import {
  MEANS_WORDS,
  RECORDINGS_WORDS,
  USED_IN_A_MANNER_WORDS,
  notStatedBy,
  ownRecordingsDeleted,
  safeguardsByTheirPurpose,
  saleOccursPointedBack,
  usedInAMannerConsistent,
} from "./read-since-2027-01-01";
import {
  ACQUIRER_COMMITS_WORDS,
  LOCATION_REWORDED_WORDS,
  OTHER_MEANS_WORDS,
  acquirerCommitsToThePolicy,
  dataLocationReworded,
  deviceAccessOnly,
  safeguardsByOtherMeans,
} from "./read-since-2027-01-04";
import {
  ANALYTICS_TOOL_WORDS,
  COOKIES_SET_WORDS,
  CROSS_CONTEXT_WORDS,
  SHARED_IN_A_BUSINESS_TRANSFER,
  analyticsToolNamed,
  cookiesSetForATime,
  NAMED_ACCOUNT_WORDS,
  crossContextSharingLimited,
  keptWhileNamedAccount,
  withoutCookiePolicyPreferences,
} from "./read-since-2027-01-05";
import {
  ACQUIRER_CONTINUES_WORDS,
  LAWFUL_REQUESTS_WORDS,
  OBLIGATION_WORDS,
  PROTECTED_THROUGH_WORDS,
  STORED_BY_US_WORDS,
  acquirerContinuesUnderThePolicy,
  cookieDefinedAsEncrypted,
  dataStoredByUs,
  lawfulRequestsOfLawEnforcement,
  onlyUnderAnObligation,
  protectedThroughMeasures,
  withOtherPlaces,
} from "./read-since-2027-01-06";
import {
  CONTRACT_TO_PROTECT_WORDS,
  COOKIES_REFUSED_ON_DEVICE_WORDS,
  PERIOD_BY_NEED_WORDS,
  advertisingRecipientsFirst,
  contractedToProtect,
  cookieTableRow,
  cookiesRefusedOnDevice,
  deviceSettingsReworded,
  retentionPeriodByNeed,
  withoutDeviceSettingsReworded,
  withoutOwnUseForbidden,
  withoutPreferencesPointedTo,
  withoutSwitchingLogged,
} from "./read-since-2027-01-07";
import {
  CORRECTION_NOUN_WORDS,
  FURTHER_SAFEGUARDS_WORDS,
  NOT_COOPERATING_WORDS,
  STORED_IN_COUNTRIES_WORDS,
  blankEncryptionNotTheCompanys,
  correctionToYourData,
  notCooperatingUnlessCompelled,
  blankOthersMeasures,
  safeguardsInFurtherWords,
  securitySystemBreachAsRead,
  storedInCountriesIncluding,
} from "./read-since-2027-01-08";
import {
  blankProvidersNotRecipients,
  blankThirdPartyCookiesRefused,
  changesPostedByTheDate,
  consentToMessagesRevokedAt,
  cookiesRefusedInBrowserAt,
  marketingSharingDeniedPassively,
  sharingDeniedSaveForLaw,
} from "./read-since-2027-01-09";
import {
  AUTHORITIES_ANSWERED_WORDS,
  PLACE_OF_SERVERS_WORDS,
  authoritiesAnsweredAsRecipients,
  blankNoCorrectionOfYours,
  placeOfServersSaid,
} from "./read-since-2027-01-10";
import {
  ANALYTICS_DENIED,
  NO_COOKIES_ON_SITE_VALUE,
  analyticsDenied,
  noCookiesOnSite,
  withoutEnforcedAgreements,
} from "./read-since-2027-01-11";
import {
  RECTIFICATION_BROKEN_WORDS,
  keysHeldByTheUser,
  rectificationRightBroken,
} from "./read-since-2027-01-12";
import { adServicesPermitted } from "./read-since-2027-01-13";
import { AGE_WORDS, ageOf } from "./age-words";
import {
  MINIMUM_AGE_WORDS,
  NOTICE_TO_CUSTOMER_WORDS,
  UPDATED_VERSION_WORDS,
  backupsForThatPeriod,
  minimumAgeIs,
  noticeToCustomer,
  optNotToReceiveAt,
  updatedVersionAvailable,
} from "./read-since-2027-01-15";
import {
  LOGGING_IN_WORDS,
  PROVIDED_AT_DISCRETION_WORDS,
  correctedByLoggingIn,
  deletedByLoggingIn,
  providedAtDiscretion,
} from "./read-since-2027-01-14";
import { cookiesLastForATime, ORGANISATIONS_PROVIDING_SERVICES } from "./read-since-2027-01-17";
import {
  changeOfTermsNotDisclosure,
  onlyLeadIn,
  OWN_JUDGEMENT,
  requiredByLawDisclosed,
  REQUIRED_BY_LAW_WORDS,
  allowedUsePointedBack,
} from "./read-since-2027-01-19";
import {
  blankDeletionTitles,
  blankTrackersDefined,
  contractTitleOnly,
  optOutRequestsCounted,
  providersGivenNothing,
} from "./read-since-2027-01-20";
import {
  detailsGivenForPartnersMail,
  givingToProvidersDenied,
  providersNamedNotGiven,
} from "./read-since-2027-01-21";
import {
  disclosedAsItBelievesHelpful,
  HELPFUL_WORDS,
  ONLY_BE_DISCLOSED_WORDS,
  onlyOnAnAuthoritysRequest,
} from "./read-since-2027-01-22";
import {
  AD_SERVING_WORDS,
  adServingProvidersCookies,
  complaintToUsFirst,
  FIRST_INSTANCE_WORDS,
  keptUntilNoBusinessNeed,
  NO_BUSINESS_NEED_WORDS,
} from "./read-since-2027-01-23";
import {
  DISCLOSED_FOR_ADVERTISING_WORDS,
  SALE_DENIED_CONVENTIONALLY_WORDS,
  TRACKERS_OF_OTHERS_WORDS,
  disclosedForAdvertisingPurposes,
  saleDeniedOnlyConventionally,
  thirdPartyDisputeBody,
  titledAdvertisingSeriesLead,
  trackersOfOthersInOtherWords,
} from "./read-since-2027-01-25";
import {
  BUSINESS_SOLD_WORDS,
  GIVEN_OR_AMENDED_WORDS,
  SEEN_IN_A_NOUN_ITEM_WORDS,
  blankAccessRemoved,
  businessSoldDataGiven,
  yoursGivenOrAmended,
} from "./read-since-2027-01-16";
import {
  changeReservedAtAnyTime,
  contactTheVendorOnly,
  dataLocationStated,
  theirMarketingAsPurpose,
} from "./read-since-2027-01-02";
import {
  CONTROLS_IN_ACCOUNT,
  NO_COOKIES_USED,
  SIGNALS_PREFERENCES,
  changeMayBeMadeAtAnyTime,
  changeOfAProgram,
  cookiesRefusedInOtherWords,
  dateIndicatedAtTheTop,
  keptWhileYouUseTheService,
  noCookiesUsed,
  noticeAgainstMarketing,
  notSoldInOtherWords,
  objectionToProspecting,
  parentsConsentInOtherWords,
  subcontractorsLimited,
  vendorsNamedAsNoRecipient,
} from "./read-since-2027-01-03";
import {
  countedFromARequestsEnd,
  deletedJustBefore,
  disputesSubjectToTerms,
  keptAsLongAsReworded,
  narrowedWithoutWhich,
  NOTICE_SENT_WORDS,
  noticeSentToUsers,
  recourseConfinedToRegionsByHeading,
  SUBJECT_TO_WORDS,
  trackersOnTheSiteReworded,
  TRACKERS_REWORDED_WORDS,
} from "./read-since-2026-12-24";
import {
  HAVE_DATA_CORRECTED,
  HAVE_DATA_DELETED,
  adServingTechnologyFrom,
  allDataDeletedWithTheAccount,
  backupsForALimitedTime,
  onlyNeededCookies,
  companyNotifiesTheAuthority,
  ofAMarketingList,
  statedByAnother,
  underTheFrameworks,
} from "./read-since-2026-12-25";

/**
 * What a fact says. Every pattern below is a flat alternation of words (with at most bounded
 * gaps such as `.{0,60}`), never a quantified group inside another quantifier, so each runs in
 * time linear in the sentence; extract-facts.test.ts times them on adversarial strings.
 */
export type FactKind =
  | "retention-period"
  | "retention-indefinite"
  | "retention-backups"
  | "retention-deletion"
  | "retention-while-needed"
  | "no-sale"
  | "no-sharing"
  | "sale"
  | "sale-aggregated"
  | "advertising-sharing"
  | "no-marketing-sharing"
  | "marketing-sharing"
  | "marketing-use"
  | "service-providers"
  | "named-partner"
  | "opt-out"
  | "do-not-track"
  | "third-party-tracking"
  | "cookies-persistent"
  | "cookies-session-only"
  | "credentials-in-cookies"
  | "children-age"
  | "minors-protections"
  | "change-notice"
  | "change-notice-period"
  | "change-consent"
  | "change-without-notice"
  | "change-reserved"
  | "data-location"
  | "arbitration"
  | "class-action-waiver"
  | "independent-body"
  | "regulator"
  | "court-recourse"
  | "recourse-elsewhere"
  | "company-recourse"
  | "legal-process"
  | "discretionary-disclosure"
  | "process-required"
  | "sharing-without-limits"
  | "third-party-collection"
  | "transfer-as-asset"
  | "successor-bound"
  | "encryption"
  | "breach-notice"
  | "safeguards"
  | "deletion-right"
  | "correction-right";

export type Fact = {
  kind: FactKind;
  practice: PracticeSlug;
  value: string;
  quote: string;
  /** A retention period read into its parts, for summaries that say what it applies to. */
  period?: RetentionPeriod;
  /** A statement about selling data, read into its parts. */
  sale?: SaleStatement;
  /** The partners named, and whether each is only an example ("service providers such as Stripe"). */
  partners?: NamedPartner[];
};

type Found =
  | string
  | { value: string; period?: RetentionPeriod; sale?: SaleStatement; partners?: NamedPartner[] };

type Extractor = {
  kind: FactKind;
  practice: PracticeSlug;
  /** The sentence must match this to be considered at all (cheap topical gate). */
  when?: RegExp;
  /**
   * `when` is tried on the whole sentence when it was cut at a quote's length: "… falling under
   * control of a third party acquirer, provided the latter … operates within same or similar line
   * of" ⏎ "business as ours and commits to comply with this Privacy Policy." (AdSupply) is about
   * the acquirer its first piece names. Only where a piece without the topic's words still states
   * the fact; elsewhere such a piece is a fragment ("abuse, fraud, or malicious actors …").
   */
  gateOnWhole?: boolean;
  /** `when` is tried on the sentence before too, when this one opens by pointing back to it (POINTS_BACK). */
  gateOnPrevious?: boolean;
  /**
   * A sentence about changes (CHANGE_WORDS) is about the policy when its clause's heading or the
   * sentence before it is (CHANGE_TOPIC): "If we make material changes, we will notify you by email
   * at least 30 days before they take effect." under "Changes to this policy", after "We may
   * update this policy from time to time.", says how the policy changes without naming it.
   */
  gateOnChangeTopic?: boolean;
  /** Not a fact when this matches (usually a negation that flips the meaning). */
  unless?: RegExp;
  /** Returns the fact's value, or null when the sentence does not state the fact. */
  value: (
    sentence: string,
    policy: PolicyWords,
    previous: string,
    soFar: ClauseSoFar,
  ) => Found | Found[] | null;
};

/**
 * What the clause's earlier sentences said that a later one goes on with. A recourse paragraph
 * names its framework once: "If you do not receive timely acknowledgment of your DPF
 * Principles-related complaint …, please visit … to file a complaint. The services of the
 * International Centre for Dispute Resolution are provided at no cost to you." (GitHub).
 */
type ClauseSoFar = {
  /** An earlier sentence spoke of complaints, disputes or recourse. */
  recourse: boolean;
  /**
   * The clause's sentence before this one, whether or not this one points back to it (the double
   * reading of 2027-02-14: "… Waze may share your information in these cases, with law enforcement
   * agencies" after the grounds it names).
   */
  sentenceBefore?: string;
  /** An earlier sentence confined that recourse to some users or to a transfer framework. */
  confinedRecourse: boolean;
  /** The clause stands under a heading on a transfer framework (audit of 2026-12-14). */
  confinedByHeading?: boolean;
  /**
   * The pieces before this one of a sentence cut at a quote's length (audit of 2026-12-17): "We
   * may also disclose information if … (i) comply with …" ⏎ "… or (vii) when we are undergoing
   * any change in control, including by means of merger …" (ironSource) is one business transfer.
   */
  pieceBefore?: string;
  /** The clause's first sentence: a table row's first cell (audit of 2026-12-20). */
  opening?: string;
  /** The clause's last heading (the second reading of 2027-01-19: "7. Changes to these Terms"). */
  heading?: string;
  /** The lead-in of sharing whose list the clause stands in (sharingLeadIns), or "". */
  leadIn?: string;
  /**
   * The clause stands under a heading for some regions' people, not a transfer framework's, and
   * no sentence so far opened its recourse to all (the double reading of 2027-02-05).
   */
  regionHeading?: boolean;
};

/** What the whole policy says that changes how one of its sentences reads. */
type PolicyWords = {
  /** "Google Payment Corp. (“GPC”)": the policy's "GPC" is not Global Privacy Control. */
  gpcNamesSomethingElse: boolean;
  /** "DNT Holdings (“DNT”)": the policy's "DNT" is not Do Not Track. */
  dntNamesSomethingElse: boolean;
  /**
   * The policy names a correction somewhere (`correctionNamed`): its access-only sentences keep
   * "seen and corrected" (the second reading of 2027-01-26). Absent, as named.
   */
  correctionNamed?: boolean;
  /** The company's own names (ownNames): a sale by another named party is not the company's. */
  own: ReadonlySet<string>;
};

/** The words matched, as the policy writes them (names keep their capitals). */
const first = (re: RegExp) => (s: string) => {
  const m = re.exec(s);
  return m ? asWritten(s, m.index, m[0]) : null;
};
const fixed = (re: RegExp, value: string) => {
  const mayMatch = screen(re);
  return (s: string) => (mayMatch(s) && re.test(s) ? value : null);
};
/** No "only under legal process" where the exception list names other grounds too. */
const unlessAmongOtherGrounds = (read: (s: string) => string | null) => (s: string) =>
  legalProcessAmongOtherGrounds(s) ? null : read(s);

const thirdPartyTracking = first(
  /\b(third[- ]part(ies['’]?|y['’]s) cookies|third[- ]party (cookies|advertis\w+|ad servers?|ad networks?|tracking|vendors?\b.{0,60}\bads)|ad networks?|advertising( service| technology)? (networks?|partners|companies)|web beacons?|pixel tags?|(meta|facebook|tiktok|twitter|pinterest|snap|snapchat|linkedin|reddit|quora|bing|microsoft|advertising|conversion|retargeting) pixels?|clear gifs?|sdks?(?=.{0,80}?\b(measur\w*|deliver\w*|serv(e|es|ing)|show\w*|target\w*|personali[sz]\w*|effectiveness of) (\w+ ){0,3}(ads|advertis\w*)\b)|flash cookies|local shared objects|doubleclick|google (ads|adsense)|retarget\w*|remarketing|interest[- ]based (ads|advertising)|behaviou?ral advertising|cross[- ](site|device|context)\w*)\b/i,
);
/**
 * A word each of the rule's readings needs (thirdPartyTracking's names, CROSS_SITE's "on and off",
 * "over", "across" or ads, a pixel, a third party, advertising): tested first, once per sentence,
 * so that the most sentences, which have none, skip the five readings (reading speed).
 */
const TRACKING_RULES_WORDS =
  /third|ad network|advertis|\bads\b|beacon|pixel|gif|sdk|flash cookie|local shared|doubleclick|google ad|retarget|remarketing|interest|behavio|cross|on and off|\bover |\bacross /i;
/** Selling data: not a "sell-side platform", nor selling advertisements ("help sell and present ads"). */
const SELLING = /\b(sell|sells|selling|sold|sale)\b(?!-|( and \w+)? (ads?|advertis\w*)\b)/i;
/** Tracking technology or collection on the site: a sentence about it is about cookies. */
const TRACKING_WORDS =
  /\b(cookies?|beacons?|pixels?|tags?|gifs?|trackers?|track\w*|sdks?|similar technologies|flash|local shared objects|retarget\w*|remarketing|cross[- ](site|device|context)\w*|(collect|gather)\w* (information|data))\b/i;
const SALE_WORD = /\b(sell|sells|selling|sold|rent\w*|leas\w*|trade[sd]?)\b/i;
/**
 * The sale rules (no-sale, sale, sale-aggregated) read one sentence after another: its statements
 * are parsed once for the three (reading speed; the parse is the costliest rule per sentence).
 */
let lastSale: { s: string; own: ReadonlySet<string>; found: SaleStatement[] } | undefined;
function saleStatementsOnce(s: string, own: ReadonlySet<string>): SaleStatement[] {
  if (lastSale?.s !== s || lastSale.own !== own)
    lastSale = { s, own, found: saleStatements(s, own) };
  return lastSale.found;
}
const saleFact = (which: (x: SaleStatement) => boolean) => (s: string, policy: PolicyWords) => {
  const sale = saleStatementsOnce(s, policy.own).find(which);
  return sale ? { value: saleText(sale), sale } : null;
};

/**
 * Deleting data or an account, not an item of content: "remove a track from your playlist" is
 * not deletion of the user's data (a verb of deletion within a few words of data or the account).
 */
const DATA_DELETION =
  /\b(delet\w*|eras\w*|destroy\w*|purg\w*|remov\w*|anonymi[sz]\w*)\b.{0,40}\b(data|information|account|records?|details|profile|files|backups?|copies|documents?|recordings?|voiceprints?|logs?)\b|\b(data|information|account|records?|details|profile|files|backups?|copies|documents?|recordings?|voiceprints?|logs?)\b.{0,40}\b(delet\w*|eras\w*|destroy\w*|purg\w*|remov\w*|anonymi[sz]\w*)/i;

/**
 * Data kept after the account is closed is not data deleted when it is closed: "After your account
 * is deleted, we keep some data for a longer time period", "we may retain information after you
 * close your account". Since the second reading of 2027-01-20 also a period kept after it, its
 * verb further back: "We keep records of our
 * communications with you … for 6 years after your account is deleted" (Badoo; "deleted when the
 * account is closed" until then, the period after its verb by more than 60 characters).
 */
const KEEP = "(keep|keeps|kept|retain\\w*|store|stores|hold|holds|maintain\\w*|preserv\\w*)";
const CLOSED = "(deleted|deletion|close|closed|closing|closure|terminated|termination|cancel\\w*)";
const KEPT_AFTER_CLOSING = new RegExp(
  `\\b(after|once|when|following|upon)\\b.{0,60}\\b${CLOSED}\\b,? (\\w+ ){0,3}${KEEP}\\b|\\b${KEEP}\\b.{0,60}\\b(after|following|beyond) (you |your |the |an )?(\\w+ )?${CLOSED}\\b|\\b${KEEP}\\b.{0,200}?\\bfor (up to |at least |a period of )?(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\w+ \\(\\d{1,4}\\)) (days?|weeks?|months?|years?) (after|following|from) (you |your |the |an )?(\\w+ ){0,2}(is |are |has been |was )?${CLOSED}\\b`,
  "i",
);

/**
 * When data is deleted, in the sentence's own words: "deleted when the account is closed", "on
 * request", "when no longer needed", or two of them. Until the review of 2026-12-03 every such
 * sentence read "when the account is closed or on request", a request its quote may not name.
 */
const ON_CLOSING =
  /\b(cancel\w*|clos(e|es|ed|ing) (your |the |an )?account|terminat\w*|account is (closed|deleted|terminated)|after you (request|ask)\w* (for )?(your |the )?account to be (deleted|closed)|account( and [\w ]{1,40}?)? (will be|is|are) (permanently |immediately )?deleted|until (you|the user) (delete|close)s? (your |their )?(\w+ ){0,2}account)\b/i;
/**
 * The account's end said by the user's act: "Personal data will be automatically destroyed when
 * the user deletes their personal account on the Website" (Lingualeo; until the audit of
 * 2026-12-09 "no fact found").
 */
const USER_DELETES = String.raw`(?<!even )\b(when|once|after|if|upon) (you|the user|a user|users|the member|members) (delete|deletes|close|closes|cancel|cancels|terminate|terminates)\b (your |their |his or her |the |an )?(\w+ ){0,2}account\b`;
const DELETE_VERB = String.raw`\b(delet\w*|eras\w*|destroy\w*|purg\w*)`;
/**
 * The deletion said of the data, before the user's act or right after it: "… destroyed when the
 * user deletes their personal account", "When you delete your account, this sensor data is
 * deleted from our servers" (Google Nest). Not what is kept or lost sight of then: "If You delete
 * Your account, we will still retain some information", "… even if you delete your account",
 * "… will not however have these conversations erased when you delete your user account" (XING).
 */
const USER_DELETES_ACCOUNT = new RegExp(
  String.raw`${DELETE_VERB}\b.{0,60}${USER_DELETES}|${USER_DELETES},\s(\w+ ){0,6}?${DELETE_VERB}`,
  "i",
);
const userDeletesAccount = (s: string) => {
  const m = USER_DELETES_ACCOUNT.exec(s);
  if (!m) return false;
  const near = s.slice(Math.max(0, m.index - 40), m.index + m[0].length);
  return !new RegExp(`\\b(not|never|still)\\b|\\b${KEEP}\\b`, "i").test(near);
};
const ON_REQUEST = /\b(upon|on) (your )?request\b/i;
const NO_LONGER_NEEDED = /\bwhen no longer (needed|necessary|required)\b/i;
function deletedWhen(s: string): string | null {
  const when = [
    ON_CLOSING.test(s) || userDeletesAccount(s) ? "when the account is closed" : null,
    ON_REQUEST.test(s) ? "on request" : null,
    NO_LONGER_NEEDED.test(s) ? "when no longer needed" : null,
  ].filter((x): x is string => x !== null);
  return when.length ? `deleted ${orList(when)}` : null;
}

/**
 * How long data is kept in the audit of 2026-12-10's wordings: "we keep information that
 * personally identifies you as long as you subscribe to one or more of our Services" (Xfinity),
 * "We will retain and use your Personal Information for the period necessary to comply with our
 * legal obligations" (Interstellar Lab). A verb of keeping before it; not "so long as you comply".
 */
const KEPT_WHILE_SUBSCRIBED =
  /\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held|maintain|maintains|maintained)\b[^.;]{0,80}?\b(as long as you (?:subscribe(?= to\b)|are (?:a |an )?(?:customer|subscriber|member)|have an? (?:account|subscription))|for the period (?:necessary|needed|required))\b/i;
/*
 * "so long as" only before need: "so long as you comply with these Terms" is a condition. "as long
 * as we need it" (Glassdoor, OkCupid), not "as long as we need them": Bumble's "scans", one kind.
 */
const whileNeeded = first(
  /\b((as|so) long as ((is |it is |reasonably |is reasonably )?(necessary|needed|required)|we (reasonably )?need (it|the (data|information))|your (\w+ )?account( status)? (is|remains) (active|open))|while your account is (active|open)|for the duration of (the |your |our |its |their |a |an )?[\w'’-]+( [\w'’-]+){0,2}|no longer than (is )?(necessary|needed))\b/i,
);

/**
 * The time to answer a request is not how long data is kept: "requests will be handled within 30
 * days". Judged near the period only, so "retaining financial information for 7 years for tax
 * purposes" stands in a sentence that later speaks of "legal requests" (WeTransfer; until the
 * review of 2026-12-03 any "request" in a sentence dropped its periods).
 */
const REQUEST_WORDS =
  /\b(requests?|requested|respond\w*|response times?|handled|reply|replies|answer\w*)\b/i;
const PERIOD_CLAUSE_BREAK = /[;|)]|\b(but|however|whereas)\b/gi;
/**
 * A period counted from a request's end is kept after it (audit of 2026-12-24): said so, with what
 * it applies to narrowed when a relative clause narrows it ("Data we receive from you when …").
 */
function keptFromARequestsEnd(s: string, p: RetentionPeriod): boolean {
  const from = countedFromARequestsEnd(s, p.n);
  if (!from) return false;
  p.from = from;
  if (deletedJustBefore(s, p.n)) p.action = "deleted after";
  if (p.general && narrowedWithoutWhich(s)) Object.assign(p, { what: "some data", general: false });
  return true;
}
function answersRequest(s: string, p: RetentionPeriod): boolean {
  const at = s.search(new RegExp(`\\b${p.n}\\b`));
  if (at < 0) return REQUEST_WORDS.test(s);
  // The clause the period stands in: between semicolons, table cells, a closing bracket or a
  // "but": "This does log IPs associated with connection errors (not all requests), but I will
  // delete these logs within 72 hours" (SponsorBlock) keeps its period.
  let from = 0;
  let end = s.length;
  for (const m of s.matchAll(PERIOD_CLAUSE_BREAK)) {
    if (m.index < at) from = m.index + m[0].length;
    else if (m.index > at) {
      end = m.index;
      break;
    }
  }
  return REQUEST_WORDS.test(s.slice(from, end));
}

/**
 * A period the user chooses is not the company's: "You can also set a data retention period
 * between 1-36 months after which data is automatically deleted" (SurveyMonkey). Judged just
 * before the period, so "we keep logs for 30 days; you can set a shorter period" keeps its 30 days.
 */
const USER_SETS =
  /\b(you|users?|customers?|admins?|administrators?|account (owners?|holders?))( \w+)? (can|may|are able to|could)( also)? (set|choose|select|configure|specify|adjust|customi[sz]e|define|pick)\b[^.;]{0,60}$/i;
function setByTheUser(s: string, p: RetentionPeriod): boolean {
  const at = s.search(new RegExp(`\\b${p.n}\\b`));
  return at >= 0 && USER_SETS.test(s.slice(Math.max(0, at - 120), at));
}

const RETAIN =
  /\b(retain\w*|retention|keep|keeping|kept|store[sd]?|storing|held|hold|maintain\w*|delete[sd]?|deletion|erase[sd]?|purge[sd]?|destroy\w*|remove[sd]?|archive[sd]?|backups?)\b/i;
const UNSUBSCRIBE_WAY =
  /\bunsubscribe (links?|buttons?|instructions|options?|features?|mechanisms?|functions?|requests? (link|button))\b|["“'‘]unsubscribe|\b(click\w*|tap\w*|select\w*|press\w*|us(e|ing)) (on )?(the )?["“'‘]?unsubscribe\b|\bunsubscribe\b.{0,60}\b(link|button|bottom of|footer|in (each|every|any|the|our|those) (e-?mails?|messages?|communications?|newsletters?))\b/i;
/** A browser signal's "opt-out preferences" are no account's (the re-audit of 2027-01-03, Bumble). */
const withoutSignalsPreferences = (s: string) =>
  s.includes("preference") ? s.replace(SIGNALS_PREFERENCES, "") : s;
/** An industry body's opt-out settings are no account's (the second reading of 2027-01-26). */
const withoutIndustrySettings = (s: string) =>
  INDUSTRY_SETTINGS_WORDS.test(s) ? s.replace(INDUSTRY_SETTINGS, "") : s;
/** COOKIE_SETTINGS_CONTROL, or the site's cookie tool, tested once (no global flag). */
const COOKIE_TOOL = new RegExp(
  String.raw`${COOKIE_SETTINGS_CONTROL.source}|\bcookie (?:management|consent|settings|preferences) tool\b`,
  "i",
);
function optOutHow(s: string): string {
  const ways: string[] = [];
  const email = /\b[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63}){1,4}\b/.exec(s)?.[0];
  if (email) ways.push(`by email to ${email}`);
  else if (/\b(e-?mail(ing)? us|contact(ing)? us|write to us|send (us )?a request)\b/i.test(s))
    ways.push("by contacting the company");
  // A way to unsubscribe, not the word alone: "when you unsubscribe from marketing
  // communications, we will keep your email address" (The Guardian) says no way.
  if (UNSUBSCRIBE_WAY.test(s) || unsubscribeWayBefore(s)) ways.push("through an unsubscribe link");
  // … or a named web tool: "by following the instructions in our User Choice Portal" (Rubicon
  // Project; "the policy does not say how" until the second reading of 2027-01-20).
  else if (
    /\b(click\w*|link|https?:\/\/|www\.|(privacy|choice|consent|opt-?out|preference) portal|web ?form|online form|privacy choices page)/i.test(
      s,
    ) ||
    optOutWebsitesNamed(s) // the double reading of 2027-01-29
  )
    ways.push("through a link");
  // The double reading of 2027-02-09 (Myspace): "by following the instructions contained within
  // the notification", where no link or unsubscribe way is said.
  else if (instructionsInTheMessage(s) || instructionsInEmails(s) || eachMessageSaysHow(s))
    ways.push(INSTRUCTIONS_IN_THE_MESSAGE_WAY);
  // … or a named button or link (the double reading of 2027-02-14, Woman's Day).
  else if (namedButton(s)) ways.push("through a link");
  // A browser's or a device's settings are theirs, not the account's: "manage cookies in your
  // browser settings" (Allstate), "the privacy settings of your Android or iOS device" (Wargaming).
  // and since 2027-01-07; location services turned off, since 2027-01-30
  const device =
    DEVICE_SETTINGS.test(s) ||
    deviceSettingsReworded(s) ||
    locationServicesOff(s) ||
    deviceOrBrowserSettings(s); // the double reading of 2027-02-14 (Zillow)
  // Preferences set per device and browser, no account named (the second reading of 2027-01-26).
  // Beside a cookie banner's control, "your preferences" are the ones it sets, unless an account is
  // named (the double reading of 2027-02-09, Bandcamp).
  const cookieTool = COOKIE_TOOL.test(s) && !/\b(account|profile|dashboard)\b/i.test(s);
  if (
    (!preferencesPerBrowserOnly(s) &&
      !cookieTool &&
      /\b(account settings|settings|preferences|preference cent(er|re)|privacy dashboard|dashboard|control panel|my account)\b/i.test(
        withoutPreferencesLink(
          withoutCookiePolicyPreferences(
            withoutSignalsPreferences(
              withoutPreferencesPointedTo(
                withoutDeviceSettingsReworded(
                  withoutIndustrySettings(
                    // Opt-out preferences submitted before (the double reading of 2027-02-13),
                    // or managed from the message (2027-02-15).
                    withoutPreferencesInTheMessage(withoutPreferencesSubmittedBefore(s))
                      .replace(BROWSER_SETTINGS, "")
                      .replace(DEVICE_SETTINGS, "")
                      // A cookie banner's control (the double reading of 2027-02-09, Bandcamp).
                      .replace(COOKIE_SETTINGS_CONTROL, ""),
                  ),
                ),
              ),
            ),
          ),
        ),
      )) ||
    LOG_INTO_ACCOUNT_WAY.test(s) ||
    // The user's profile or account named as the place (the double reading of 2027-01-31, Finnair).
    inYourProfileOrAccount(s) ||
    (s.includes("controls") && CONTROLS_IN_ACCOUNT.test(s))
  )
    ways.push("in account settings");
  if (device) ways.push("in device settings");
  // A cookie banner's control, said with no other way (the double reading of 2027-02-09).
  if (!ways.length && cookieTool) ways.push(COOKIE_SETTINGS_WAY);
  // A browser the opt-out is confined to is no way to make it: "Your opt-out request only applies
  // to the device and browser that you use" (AdSupply), "opt out separately on each browser".
  // Nor a browser signal the company ignores: "Our systems do not recognize browser “Do Not
  // Track” signals" (Thryv).
  const browser = s
    .replace(BROWSER_SCOPE, "")
    .replace(SIGNAL_IGNORED, "")
    .replace(BROWSER_CONFINED, "");
  if (/\bbrowser\b/i.test(browser)) ways.push("in browser settings");
  if (textStopWay(s)) ways.push("by texting STOP");
  // A number to call (the double reading of 2027-02-13, ACDelco), a keyword to text (2027-02-14).
  if (byPhone(s)) ways.push(BY_PHONE_WAY);
  if (!textStopWay(s) && textAKeyword(s)) ways.push(TEXT_KEYWORD_WAY);
  // A browser signal, Global Privacy Control (the double reading of 2027-01-31, Badoo).
  const signal = browserSignalWay(s);
  if (signal) ways.push(signal);
  return ways.length ? orList(ways) : OPT_OUT_HOW_UNSTATED;
}

// The double reading of 2027-01-29: "the Preferences or Settings page of your web browser" (hide.me).
const BROWSER_SETTINGS =
  /\b(web |internet )?browser['’]?s?( (privacy|cookie|security))? (settings|preferences|options)\b|\b((settings|preferences|options) (or|and) )?(settings|preferences|options)( (page|menu|section|panel|tab)s?)? (of|on|in) (your |the |each |any )?(web |internet )?browsers?\b/gi;
const DEVICE_SETTINGS =
  /\b(device|phone|mobile)['’]?s?( (privacy|advertising|ad|operating system))? (settings|preferences)\b|\b(settings|preferences) (of|on|in) (your |the )?(\w+ ){0,3}(device|phone|operating system)s?\b/i;
const BROWSER_SCOPE =
  /\b(each|every|any|that|this|the same|same|specific|particular|new|multiple|different|one) (and every )?(device,? (and|or|and\/or) )?(web |internet )?browsers?\b|\b(device|computer) (and|or|and\/or) (web )?browsers?\b|\bbrowsers?[- ]specific\b/gi;

const SIGNAL_IGNORED =
  /\b(not|n['’]t) (currently )?(recogni[sz]e|respond to|honou?r|support)\b.{0,20}\bbrowsers?\b/gi;

/**
 * An objection to marketing or advertising is an opt-out of it: "Object to our processing … For
 * example, to ask us not to share your personal information for online advertising" (HSBC).
 */
const OPT_OUT_VERB =
  /\b(opt(ing)?[- ]?out|unsubscrib\w*|withdraw (your )?consent|turn off|disable|(ask|request) us not to (share|use|sell|disclose)(?=.{0,80}?\b(advertis\w*|marketing)\b)|object to(?=.{0,80}?\b(advertis\w*|marketing)\b))\b/gi;
/**
 * An opt-out the sentence says is not there: "you will not be able to opt out of those
 * communications" (Academia.edu), "you cannot opt out of service notices", "you may not opt-out
 * of receiving critical service communications". Judged just before the verb, so "you can opt
 * out of marketing emails, but you cannot opt out of account notices" keeps its first.
 */
// Since the double reading of 2027-02-03 also "no need to": "GitHub does not engage in such
// profiling as defined by Colorado law, so there’s no need to opt out." (GitHub).
const OPT_OUT_DENIED =
  /\b(cannot|can['’]t|can not|unable to|(not|never)( be)? able to|no (way|option|ability|means|need) to|may not|will not|won['’]t|not (possible|permitted|allowed) to|not be able to|(do|does|did) not (require|need))( \w+)?\s*$/i;
/**
 * The cookie that records an opt-out ("opt-out cookies", AdSupply; Outbrain's "opt out cookie")
 * is no opt-out offered, nor an opt-out the sentence says is not there ("An option to opt out is
 * not provided in a Kids profile", Netflix). "disable cookies" is one.
 */
const NAMES_THE_COOKIE = /^[\s"“”']*cookies?\b/i;
const NOT_PROVIDED = /^[\s"“”']*(\w+ ){0,2}(is|are) not (provided|available|offered)\b/i;
/**
 * An opt-out of a dispute term is no choice about data: "You may opt out of arbitration within 30
 * days of creating your account"; the sentence's later "decision to opt out" is the same one.
 */
const OF_A_DISPUTE_TERM =
  /^ (of|from) (the |this |these |our |any |such )?(binding |mandatory |individual )?(arbitration|agreement to arbitrate|dispute resolution|class action waiver)\b/i;
/**
 * A label that opens the sentence names a right, and the text after its colon is about something
 * else: "Your Right to Opt Out: Under CCPA’s broad definition, …" (AdSupply); the sentences after
 * it say what is offered.
 */
const LEAD_LABEL_BEFORE = /^[\s*_"“]*(?:[A-Z][\w'’-]* (?:to |of |and )?){0,4}$/;
const LEAD_LABEL_AFTER = /^[\w '’-]{0,40}?[*_]*:/;
/** The first opt-out verb that offers one: not denied, not the name of a cookie. */
function offeredOptOut(s: string): RegExpExecArray | null {
  // A list's lead-in label (the double reading of 2027-01-29, Palantir: read-since-2027-01-30.ts).
  // … and labels joined before "Opt-Out." (the double reading of 2027-01-31, Shockwave.com).
  if (labelBeforeAList(s) || titleLabelsEndingInOptOut(s)) return null;
  OPT_OUT_VERB.lastIndex = 0;
  for (const m of s.matchAll(OPT_OUT_VERB)) {
    const rest = s.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (OF_A_DISPUTE_TERM.test(rest)) return null;
    // In Title Case, verb too ("Opt Out"): "To opt out: email us at …" is an instruction.
    // Unless the text after it offers the choice itself: "Right to Withdraw Consent: If you
    // previously gave consent …, you can withdraw it at any time" (W3Schools).
    if (
      /^[A-Z]/.test(m[0]) &&
      LEAD_LABEL_BEFORE.test(s.slice(0, m.index)) &&
      LEAD_LABEL_AFTER.test(rest) &&
      !/\byou (can|may|are able to)\b/i.test(s.slice(m.index))
    )
      continue;
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^opt/i.test(m[0]) && NAMES_THE_COOKIE.test(after)) continue;
    if (NOT_PROVIDED.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    if (NOT_POSSIBLE_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60)))
      continue;
    if (OPT_OUT_DENIED.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    // … nor an opt-out only as what a denied practice would require, nor one in a condition whose
    // main clause gives only its consequence (the second reading of 2027-01-26, Wix, Pornhub, Miro).
    if (optOutOnlyAsRequirementDenied(s.slice(0, m.index))) continue;
    if (optOutOnlyAsConsequence(s.slice(0, m.index), m[0], s.slice(m.index + m[0].length)))
      continue;
    // … nor one named only in a caveat or an effect (the double reading of 2027-01-31).
    if (optOutOnlyAsCaveat(s.slice(0, m.index), m[0], s.slice(m.index + m[0].length))) continue;
    // The company turning something off is no choice of the user's: "we may disable your account
    // or take other appropriate action" (Google, on abuse), "If we disable an account for violating
    // our Terms, we also preserve information about that user" (Pinterest).
    if (COMPANY_ACTS.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    return m;
  }
  return null;
}
/**
 * An opt-out promised only for a practice the company does not follow: "Were we ever to sell
 * Personal Information or share it for cross-context behavioral advertising, we would provide
 * information on our opt out process here" (Substack).
 */
const HYPOTHETICAL =
  /\b(were we (ever )?to|should we ever|if we ever|if we (were|begin|start|decide) to)\b|\bwill not do so in the future without\b/i;
const COMPANY_ACTS = /\bwe( (may|might|will|can|could|also|then|reserve the right to)){0,3}\s*$/i;
/**
 * What an opt-out covers, in our words, when its sentence names it: "opt out of future direct
 * marketing messages" (WhatsApp), "'opt-out' of tailored advertising" (Spotify), "To opt-out of
 * disclosures of Personal Information to Partners" (PayPal), "disable or decline Cookies". The
 * subject named first after the verb, else the first before it ("for marketing emails, click
 * unsubscribe"); each a flat alternation.
 */
const OPT_OUT_SUBJECTS: Array<[RegExp, string]> = [
  [
    /\b(sale|sales|selling|sell)\b(?! of (the |our |its )?(business|company|assets))(?! (leads?|teams?|tax(es)?|solutions?|representatives?|reps?|staff|department|force|navigator|calls?))/gi,
    "the sale of personal data",
  ],
  [
    /\b(sharing|disclosures?|disclosing) of (your )?(personal|account|user) (data|information)|\b(share|disclose) (your )?(personal|account) (data|information)/gi,
    "the sharing of personal data",
  ],
  [
    /\b(targeted|tailored|personali[sz]ed|interest[- ]based|behaviou?ral|cross[- ]context behaviou?ral|online behaviou?ral) (ads|advertising|advertisements)\b|\b(ads|advertising) personali[sz]ation\b/gi,
    "targeted advertising",
  ],
  [
    /(?<!non-)\b(marketing|promotional) (e-?mails?|communications?|messages?|materials?|offers|texts|calls)\b|\bnewsletters?\b|\bdirect marketing\b/gi,
    "marketing messages",
  ],
  // Not the cookie that records the choice ("opt-out cookies").
  [/(?<!opt[- ]?out )\b(cookies|tracking technologies)\b/gi, "cookies"],
];
// In lower case: the "Do Not Sell or Share My Personal Information" link names an opt-out (Verizon).
const NOT_REACHED = /\b(does|do|will|would) not\b(?! sell)|\b(does|do|wo)n['’]t\b/;
function optOutOf(s: string, verbAt: number): string | null {
  // Two sentences run together: the verb's own is read (2027-02-02, Zillow).
  const [from, to] = runTogetherPiece(s, verbAt);
  if (from > 0 || to < s.length) return optOutOf(s.slice(from, to), verbAt - from);
  let best: { at: number; what: string } | null = null;
  for (const [re, what] of OPT_OUT_SUBJECTS) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      // Not what the verb is said not to reach: "The opt out does not block or delete cookies".
      if (m.index >= verbAt && NOT_REACHED.test(s.slice(verbAt, m.index))) continue;
      // After the verb beats before it; nearer the verb beats farther.
      const at = m.index >= verbAt ? m.index - verbAt : 10_000 + verbAt - m.index;
      if (!best || at < best.at) best = { at, what };
      if (m.index >= verbAt) break;
    }
  }
  return best?.what ?? null;
}

/** A sentence about Do Not Track or Global Privacy Control: its name spelled out, or "DNT" or "GPC" where the policy means the signal by it. */
const SIGNAL_SPELLED_OUT = /\b(do[- ]not[- ]track|global privacy control)\b/i;
/**
 * "do not track" in lower case with spaces is the verb unless a signal's word or a closing quote
 * follows: "We do not track the website you visit after you leave our website" (WeTransfer),
 * "Google Wifi devices do not track the websites you visit" say what is not done, while 'web
 * browser "do not track" signals' names the signal.
 */
const TRACK_VERB =
  /\bdo not track\b(?!["”’)]| (signals?|settings?|requests?|preferences?|features?|headers?|options?|mechanisms?|browser|standard|instructions?|commands?)\b)/g;
const spelledOut = (s: string) => {
  const m = SIGNAL_SPELLED_OUT.exec(s);
  if (!m) return false;
  // Each lower-case "do not track" that is the verb is taken out before looking again.
  return !/^do not track$/.test(m[0]) || SIGNAL_SPELLED_OUT.test(s.replace(TRACK_VERB, ""));
};
/**
 * "DNT" in capitals, and not a name it opens: "Our stores are operated by DNT Holdings Ltd." names
 * a company (a capitalised word after it other than the signal's own: "DNT Signals", "DNT Settings").
 */
const DNT =
  /\bDNT\b(?! (?!(?:Signals?|Settings?|Requests?|Preferences?|Headers?|Options?|Mechanisms?|Standards?|Browsers?)\b)[A-Z][a-z])/;
const GPC = /\bgpc\b/i;
/*
 * A cookie table's row names cookies, and "mrpdata.net — DNT — Third Party" (Zoosk) names one
 * "DNT": no signal (the double reading of 2027-02-10; until then "Do Not Track: mentioned").
 */
const signalNamed = (s: string, policy: PolicyWords) =>
  spelledOut(s) ||
  (!cookieTableRow(s) &&
    ((!policy.dntNamesSomethingElse && DNT.test(s)) ||
      (!policy.gpcNamesSomethingElse && GPC.test(s))));

/**
 * A site not made to answer the signal ignores it: "our website is not designed to respond to "Do
 * Not Track" signals received from browsers" (Limitless; until the audit of 2026-12-07 "honoured").
 */
const NOT_BUILT_TO_RESPOND =
  /\bnot (designed|built|programmed|equipped|engineered|set up) to\b.{0,60}\b(respond|honou?r|recogni[sz]e|support|process|act on)\w*/i;
/**
 * The signal left unanswered in other words: "we do not monitor or take action with respect to
 * “Do Not Track” signals" (WebCrawler; until the audit of 2026-12-09 "mentioned").
 */
const NO_ACTION_TAKEN =
  /\b(do(es)? not|don['’]t|will not|won['’]t|never)\b.{0,40}\b(take (any )?action|monitor)\b.{0,40}\b(with respect to|in response to|on|regarding|based on)\b/i;
/**
 * The audit of 2026-12-10: "the Website and Services are not yet set up to interpret or respond to
 * Do Not Track signals" (Interstellar Lab, read "honoured"); a pointer to where the answer is, "(including
 * how we respond to "Do not track" signals), please see our Cookie Policy" (NordVPN, read
 * "honoured"), is a mention; "We support Do Not Track ("DNT")." (hide.me) is honoured.
 */
const NOT_YET_SET_UP =
  /\bnot (?:yet|currently|presently) (?:designed|built|programmed|equipped|engineered|set up|configured|able) to\b.{0,60}\b(?:respond|honou?r|recogni[sz]e|support|process|act on|interpret)\w*/i;
// A response to come, not one given: "As standards develop, we may develop policies for responding
// to do-not-track signals that we will describe in this Notice." (Starbucks, after "We currently do
// not respond …"; read "honoured" until the double reading of 2027-01-29.)
// Since the double reading of 2027-01-31 also "how the Site responds to" (Shockwave.com, read
// "honoured" from California's law giving residents the right to know it).
const HOW_WE_RESPOND =
  /\bhow (?:we|it|they|(?:the|our|this) [\w.-]{1,20}) (?:respond|react|handle|treat)s? to\b|\b(?:may|might|will|would) (?:develop|adopt|create|establish|implement|revisit|revise|update) (?:a |our |new )?(?:polic(?:y|ies)|practices?|approach)\b/i;
const SIGNAL_SUPPORTED =
  /\b(?:we|[A-Z][\w&.-]+) (?:fully |currently )?supports? (?:the )?(?:["“]?do[- ]not[- ]track|global privacy control|["“]?dnt|gpc)\b/i;
function dntResponse(sentence: string): string {
  const signal = /\b(global privacy control|gpc)\b/i.test(sentence)
    ? "Global Privacy Control"
    : "Do Not Track";
  // Third parties' answer is not the company's (the double reading of 2027-02-03, Guilded): the
  // company's is read without it.
  const { own: s, weRefuseToo } = withoutOthersRefusal(sentence);
  const ignored =
    weRefuseToo ||
    /\b(do(es)? not|don['’]t|not (currently )?(able|set up|configured)|no (uniform )?standard|cannot|unable to)\b.{0,60}\b(respond|honou?r|recogni[sz]e|support|process|act on|alter)\w*|\bnot (currently )?(respond|honou?r|recogni[sz]e|support)/i.test(
      s,
    );
  if (ignored || NOT_BUILT_TO_RESPOND.test(s) || NO_ACTION_TAKEN.test(s) || NOT_YET_SET_UP.test(s))
    return `${signal}: not honoured`;
  // … nor one only in the future (the double reading of 2027-02-11, read-since-2027-02-12.ts).
  if (HOW_WE_RESPOND.test(s) || respondsOnlyInTheFuture(s)) return `${signal}: mentioned`;
  if (SIGNAL_SUPPORTED.test(s)) return `${signal}: honoured`;
  // Honoured in other words: "we stop running targeted advertising in response to … 'do not
  // track' signals" (Teads), "Mozilla will not utilize any of the tools described" (Mozilla).
  if (
    /\b(respond|honou?r|recogni[sz]e|treat|process|opt-out preference)\w*/i.test(s) ||
    /\bstop (\w+ ){0,2}(targeted|personali[sz]ed|interest[- ]based|behaviou?ral) (advertising|ads)\b|\bwill not (use|utili[sz]e|employ|load|run) (any of )?(the |our )?(tools|tracking|trackers|cookies|analytics)\b/i.test(
      s,
    ) ||
    STOPS_COLLECTING.test(s) // the double reading of 2027-02-03: "we stop collecting" (Guilded)
  )
    return `${signal}: honoured`;
  return `${signal}: mentioned`;
}

/**
 * An age in figures or in words, the figures in brackets after the words ignored: "under (13)"
 * (The New York Times), "under the age of thirteen" (Allstate), "sixteen (16)" (Teads).
 */
const AGE = `\\(?(\\d{1,2}|${Object.keys(AGE_WORDS).join("|")})\\b\\)?(?: \\(\\d{1,2}\\))?`;
/** The age AGE captured, in figures: "thirteen" is 13. */
const AT_LEAST_AGE = new RegExp(`\\b(?:at least|older than) (?:the age of )?${AGE}`, "i");
const AGED_AND_OVER = new RegExp(
  `\\b(?:aged?|individuals|persons|people|users) ${AGE} (?:years )?(?:and|or) (?:above|older|over)\\b`,
  "i",
);
const UNDER_AGE = new RegExp(
  `\\b(?:under|younger than|below|less than)(?: the age of| age| the age)? ${AGE}`,
  "i",
);
const YEARS_OF_AGE = new RegExp(`\\b${AGE} years of age\\b`, "i");
const OVER_AGE = new RegExp(`\\bover (?:the age of )?${AGE}`, "i");

/** The age the sentence sets: a stated minimum ("at least 13 … but under 18" is 13), else the first. */
function childrenAge(s: string): string | null {
  const m =
    AT_LEAST_AGE.exec(s) ??
    AGED_AND_OVER.exec(s) ??
    UNDER_AGE.exec(s) ??
    YEARS_OF_AGE.exec(s) ??
    OVER_AGE.exec(s);
  const age = m?.[1] ? ageOf(m[1]) : 0;
  if (!age || age < 6 || age > 21) return null;
  return `under ${age}`;
}

/**
 * A sentence about who may use the service or whose data is collected ("not directed to children
 * under 13", "you must be at least 16"), not one about what is done with minors' data once they
 * use it ("we do not disclose personal data to advertising partners for users under the age of
 * 18", "we do not sell the personal information of consumers under 16").
 */
const AGE_LIMIT =
  /\b(collect\w*|solicit\w*|gather\w*|knowingly (\w+ )?(engage|offer|process|accept|receive)|provided? us|has provided|submit\w*|parental consent|(consent|permission) (of|from) (a |the |their |your )?parent|consider\w*|refers? to|means|is a person|are (individuals|persons|people)|intended|directed|designed|meant|aimed|address(es)?|permit\w*|allow\w*|restrict\w*|eligible|must be|at least|or older|register\w*|sign up|create an account|(use|using|access|accessing) (of )?(the|our|this) (services?|sites?|website|platform|apps?|products?)|not for|forbidden|prohibited|children, we mean|defin\w*|if you( are|['’]re) (under|younger|below|less))\b/i;
/**
 * Who may use the service said by "aged" alone, with no child, minor or "age" in the sentence:
 * "You are only allowed to use our Services when aged 16 and over" (WeTransfer, after "not
 * directed towards minors"), "intended for users aged 16 and above", "Anyone aged 13 or over can
 * create an account" (until the audit of 2026-12-08 no fact). Not what is done with older users'
 * data, "makes all profiles of Members aged 18 and older public by default" (Myspace).
 */
const AGED_MAY_USE =
  /\b(allowed|permitted|eligible|intended|designed|meant|only)\b.{0,60}\baged \d|\b(anyone|users|individuals|persons|people) aged \d{1,2} (years )?(and|or) (over|above|older) (can|may)\b/i;
/**
 * No age limit either: California's right for minors to remove what they posted (Business and
 * Professions Code 22581), or the age of majority for a contract.
 */
const MINORS_RIGHT =
  /\b(request (and obtain )?(the )?removal|obtain removal|22581)\b|\bage of majority\b.{0,120}\bcontract/i;

/**
 * Children who may use the service with a parent, not children it is not meant for: "If you're
 * under 18, you may use Amazon Services only with the involvement of a parent or guardian"
 * (Amazon), "the child will need consent from their parent or guardian to create a Microsoft
 * account" (Bing), "please ask your legal guardian's permission to use or access the Services"
 * (Wordfeud); since the second reading of 2027-01-20 also "please get permission from your parent
 * or guardian to use Roblox" (Roblox). The age stays; the value says so.
 */
const WITH_A_PARENT =
  /\b(may|can) (only )?(use|access|sign up|register|create|join)\b.{0,60}\bwith\b.{0,40}\b(parent|guardian)|\b(need|needs|require[sd]?|must (have|obtain|get)) (\w+ ){0,3}(consent|permission|approval) (from|of) (\w+ ){0,2}(parents?|guardians?)\b|\b(ask|get|obtain) (\w+ ){0,2}(parent|guardian)\w*['’]?s? (permission|consent|approval)\b|\b(ask|get|obtain|ask for|have) (the )?(permission|consent|approval) (from|of) (your |their |a |the )?(parents?|guardians?|legal guardians?)\b|\bconfirm that you have (\w+ ){0,2}(parent|guardian)\w*['’]?s? (permission|consent)\b/i;
/**
 * A service offered to children is no age limit: "In some countries, we offer Google accounts for
 * children under the age of 13 and allow these children to sign in to YouTube Kids" (YouTube Kids);
 * since the second reading of 2027-01-20 also a service named as one for children, "how we handle
 * personal information for Amazon Services intended for children under the age of 13" (Amazon).
 */
const OFFERED_TO_CHILDREN =
  /\b(we|[A-Z]\w+) (offer|provide|create|make available)s? (\w+ ){0,3}(accounts?|services?|apps?|features?|experiences?|products?) (designed |intended )?for (children|kids)\b|\ballows? (these |such )?(children|kids) to (sign in|use|access|create)\b|\b([A-Z]\w+ )?([Ss]ervices?|[Aa]pps?|[Pp]roducts?|[Aa]ccounts?|[Ff]eatures?|[Ee]xperiences?) (specifically )?(designed|intended|directed|made) (for|to|at) (children|kids)\b/;
export const WITH_A_PARENT_VALUE = " (with a parent's consent or involvement)";

/**
 * What the company does differently for users over the children's age but under 18, which the
 * children's age alone never says (a parent of teenagers read "not meant for children under 13"
 * for TikTok, Snapchat and Roblox alike): "To provide users younger than 18 with an
 * age-appropriate experience, certain features are not available" (TikTok), "we may also limit how
 * we collect, use and store some of the information of Snapchatters under 18", "We do not show
 * personalized ads to users under the age of 18" (Roblox). A rule about the users, not a right of
 * theirs (California's removal right) nor an age limit ("do not knowingly collect", "must be").
 */
const MINORS = new RegExp(
  `\\b(users?|people|persons|members|accounts?|individuals|anyone|consumers|minors|snapchatters|players|kids)( (we know to be|who are|aged))? (younger than|under|below)( the age of)? ${AGE}|\\b(teens?|teenagers|minors)\\b`,
  "i",
);
const FOR_MINORS_ACTION =
  /\b((limit|restrict)s? (how|what|the|our|their|access|use|collection|sharing)|(limits|restrictions) on|by default|not (be )?available|turn(ed)? off|disabl\w*|additional (protections?|safeguards?|privacy)|age[- ]appropriate|protect\w*|safeguard\w*|private|(do|does|will) not (sell|share|disclose|show|serve|use|engage|allow|permit|target|personali[sz]e)|only (see|nonpersonali[sz]ed|non-personali[sz]ed|contextual))\b/i;
// Nor who may use the service at all: "We do not permit individuals under the age of 18 on our
// platform" (Tinder), "does not allow use of our Services … by anyone younger than 16" (Miro).
const NOT_A_PROTECTION =
  /\b(knowingly|must be|not (directed|intended|designed|meant|aimed)|at least)\b|\bnot (permit|allow)\w*\b.{0,40}\b(use|on (our|the)|access|register|sign up|platform|services?)\b/i;
function minorsProtections(s: string): string | null {
  const m = MINORS.exec(s);
  if (!m || !FOR_MINORS_ACTION.test(s) || NOT_A_PROTECTION.test(s) || MINORS_RIGHT.test(s))
    return null;
  const age = m[6] ? ageOf(m[6]) : 18;
  // Under 13 is the children's age itself, read by children-age.
  return age > 13 ? `protections stated for users under ${age}` : null;
}

/** The notice period before a change takes effect, said as "30 days before" ("a week in advance", "30 days' prior notice"). */
function noticePeriod(s: string): string | null {
  const m =
    new RegExp(
      `\\b(?:at least )?((?:a|${NUMBER})(?: \\(\\d{1,3}\\))? (?:business |calendar )?(?:hours?|days?|weeks?))['’]?(?: prior| advance| advanced)? (?:written )?notice\\b`,
      "i",
    ).exec(s) ??
    new RegExp(
      `\\b(?:at least )?((?:a|${NUMBER})(?: \\(\\d{1,3}\\))? (?:business |calendar )?(?:hours?|days?|weeks?)) (?:before|prior to|in advance)\\b`,
      "i",
    ).exec(s);
  return m?.[1] ? `${m[1].toLowerCase()} before` : null;
}

/**
 * A heading or sentence about changing the policy itself: a verb of change and the policy, in
 * either order; a sentence about changes that follows it is read as about the policy too.
 */
const CHANGE_TOPIC =
  /\b(chang\w*|updat\w*|modif\w*|revis\w*|amend\w*)\b.{0,80}\b(polic(y|ies)|statement|privacy notice|this document)\b|\b(polic(y|ies)|statement|privacy notice|this document)\b.{0,80}\b(chang\w*|updat\w*|modif\w*|revis\w*|amend\w*)\b/i;
/**
 * The audit of 2026-12-10: the changes themselves posted, in a sentence about changing the policy
 * that does not name it ("We may make updates to this Statement from time to time. When we do so,
 * we will post those changes here", Palantir; "Your continued use of the Twitch Services after the
 * posting of changes constitutes your binding acceptance of such changes", Twitch); and consent
 * as a change never made without it ("will never materially change our policies and practices to
 * make them less protective of customer information collected in the past without the consent of
 * affected customers", Amazon) — a change of the policy, its practices or the use of personal data,
 * not of one preference ("will not change your preference in this regard without your express
 * consent", Watch Hockey).
 */
const CHANGES_POSTED =
  /\b(?:post|posting|publish|publishing) (?:of )?(?:those |these |such |the |any |all )?(?:changes|updates|revisions)\b/i;
const NO_CHANGE_WITHOUT_CONSENT =
  /\b(?:never|not)\b.{0,30}\b(?:chang\w*|modif\w*|amend\w*|revis\w*)\b(?=.{0,60}?\b(?:polic(?:y|ies)|practices|the way we|how we|personal (?:data|information))\b).{0,150}?\bwithout (?:first )?(?:obtaining |getting |receiving )?(?:the |your |their )?(?:prior |express |explicit |affirmative )*consent\b/i;
/** "Notice of these changes will be sent to the email on file for your account" (SourceHut). */
const NOTICE_OF_CHANGES_SENT =
  /\bnotices? (?:of (?:these |such |the |any )?changes )?(?:will|shall) be (?:sent|e-?mailed|delivered)\b/i;
const CHANGE_WORDS = /\b(chang(e|es|ed|ing)|updat(e|es|ed|ing)|modif\w*|revis\w*|amend\w*)\b/i;
const changeWordsMayMatch = screen(CHANGE_WORDS);
const NOTICE_POSTED_ONLY =
  /\b(by|via|through) (means of )?(posting|placing|publishing|(a |an )?(notice|announcement|banner)s? on|public announcements?)\b|\bby (updating|revising|changing|modifying) (the |its |this )?(\S+ ){0,4}(date|["“]?last (updated|modified|revised))|\b(notice|announcement|banner)s?( of [\w ]{1,40}?)? on (this|our|the) (\w+ ){0,2}(site|website|web site|page|services?|homepage|platform)\b/i;
const DIRECT_CHANNEL =
  /\b(e-?mail\w*|in-app|in-product|app notifications?|push notifications?|text messages?|sms|contact you|directly|individually|(other|additional) (means|methods|ways|channels)|direct (communications?|messages?|notices?|notifications?)|on your (device|phone)|(send|sending) you (an? )?(notices?|notifications?|messages?))\b/i;
/**
 * A direct notice of changes in other words: "we'll let you know of material changes by placing a
 * notice on the app and on The Browser Company website and/or contacting you directly, mostly
 * likely via email" (Arc; until the audit of 2026-12-08 no fact). A notice only posted is still
 * posted (NOTICE_POSTED_ONLY without a DIRECT_CHANNEL), and a title says no notice: "How we let
 * you know about changes to the policy."
 */
const DIRECT_NOTICE_IN_OTHER_WORDS =
  /(?<!\bhow (?:we|to|do we|will we) )\b(let|letting) (you|users|members|customers) know\b|\bcontacting (you|users|members|customers)\b/i;
/**
 * A law's or a definition's words that only look like a change to the policy: "as those terms are
 * defined by Chapter 603A of the Nevada Revised Statutes" (Shein's notice of a future sale read as
 * a direct notice of policy changes until the audit of 2026-12-08).
 */
const CHANGE_WORDS_IN_NAMES =
  /\brevised (statutes|code|laws|regulations)\b|\b(those|these|such|the) terms (are|is|as)\b/i;
const changeOnlyInNames = (s: string) =>
  CHANGE_WORDS_IN_NAMES.test(s) &&
  !CHANGE_CONTEXT.test(s.replace(new RegExp(CHANGE_WORDS_IN_NAMES.source, "gi"), " "));
/**
 * An order of a court in other words: "If Telegram receives a valid order from the relevant
 * judicial authorities …, we … may disclose your IP address and phone number to the relevant
 * authorities" (until the audit of 2026-12-08 no fact: legal disclosure read "no fact found").
 */
const JUDICIAL_ORDER =
  /\b(judicial|court) (orders?|decisions?|requests?)\b|\borders? (from|of|issued by) (a |an |the )?(relevant |competent |appropriate )?(courts?|judges?|judicial authorit(y|ies))\b/i;
/** In the policy's words: "order from the relevant judicial authorities", "judicial requests". */
const judicialOrder = first(JUDICIAL_ORDER);
/**
 * "warrant" after "ensure or", "guarantee or", "represent and" is the verb: "subject to requirements
 * under applicable law to ensure or warrant information security" (Buffer) is no warrant served.
 */
const WARRANT_VERB =
  /\b(ensure|guarantee|represent|promise|certify)s? (or|and|and\/or) warrants?\b/i;
const warrantAsVerb = (s: string, found: string | null) =>
  found && /^warrants?$/i.test(found) && WARRANT_VERB.test(s) ? null : found;
/** A sentence about changing the policy itself (not product updates, not "change your mind"). */
const CHANGE_CONTEXT =
  /\b(chang\w*|updat\w*|modif\w*|revis\w*|amend\w*)\b.{0,80}\b(polic(y|ies)|statement|terms|privacy notice|this document)\b|\b(polic(y|ies)|statement|terms|privacy notice|this document)\b.{0,80}\b(chang\w*|updat\w*|modif\w*|revis\w*|amend\w*)\b|\b(if|when) we (change|update|modify|revise|amend)\b|\b(if|when) we make (a |any )?(significant |material |substantial )?(or (significant|material|substantial) )?changes? (in|to) (the way|how) we (collect|use|share|process)\b/i;
// (The last alternative since the double reading of 2027-02-21: "If we make a significant or
// material change in the way we collect, use or share your personal information, we will notify you
// at least 30 days prior to the changes taking effect.", The New York Times, whose notice was read
// under no heading of changes: "posted on the site", neutral.)

const INDEPENDENT_BODY =
  /\b(truste|better business bureaus?|bbb|jams|american arbitration association|icdr|international centre for dispute resolution|(?<!\bdata protection )ombudsman|eu data protection authorities|data protection authorities panel|dpa panel|independent (recourse|dispute resolution)( mechanism| body| provider)?|alternative dispute resolution|mediation)\b/i;
/**
 * Words that confine a recourse to some users: by where they live, or to complaints under a
 * transfer framework (Safe Harbor, Privacy Shield, the Data Privacy Framework). A body named in a
 * sentence about such a framework ("unresolved complaints concerning data received in reliance on
 * the EU-U.S. DPF … to TRUSTe") hears only complaints about data transferred under it, from the
 * EU, the UK or Switzerland: it is the framework's recourse, not every user's.
 */
/**
 * The end of a sentence: a full stop, question or exclamation mark before a new word or the end
 * (a lower-case one too: "… Association. dotCloud will self certify …").
 */
// Not after an initial's full stop: "the EU-U.S. DPF" is one sentence.
const SENTENCE_END = /(?<!\b[A-Z])[.!?](?=\s+["“(]?[A-Za-z]|\s*$)/;
const SENTENCE_ENDS = /(?<!\b[A-Z])[.!?]\s+(?=["“(]?[A-Za-z])/g;
const CONFINED =
  /\b(european (consumers?|users?|citizens?|residents?|union citizens?)|eu (citizens?|residents?|users?)|eea (residents?|users?)|swiss (citizens?|residents?)|if you (are|reside|live) in (the )?(eu|eea|european|uk|switzerland)|if you are (a |an )?(european|eu|eea|uk|swiss)|safe harbou?r|privacy shield|data privacy frameworks?|dpfs?)\b/i;
/**
 * A sentence about recourse: the words of complaints, disputes and whom to turn to. Not the company
 * contacting users nor contact details given to it: "They can be used by us to contact visitors to
 * our website" before "Salesforce.com is a TRUSTe Privacy Seal Certified Licensee" (The Reach Group:
 * a processor's seal, no recourse; until the audit of 2026-12-07 its disputes read neutral).
 */
const RECOURSE =
  /\b(complain\w*|disputes?|inquir\w*|enquir\w*|recourse|concerns?|resolv\w*|resolution|redress|(?<!\b(?:we|us) (?:to |may |will |can |might )?)contact\w*(?! (?:information|details|data|visitors|users|customers)\b)|appeal\w*|grievances?|arbitrat\w*|mediations?\b.{0,40}\brules|mechanism|at no cost|free of charge)\b/i;
/** Asked of each sentence by a rule and by the reading after its rules: answered once. */
const recourseSaid = lastAnswer((s: string) => RECOURSE.test(s));
/** A sentence that opens its recourse to everyone, whatever the sentences before it confined. */
const OPEN_TO_ALL =
  /\b((any|all|every) (users?|individuals?|persons?|customers?|visitors?)|everyone|anyone|regardless of (where|your)|or (any )?(general|other) (privacy|data))\b/i;
/**
 * Confined to some users: by its own sentence, or as the continuation of a clause whose recourse
 * an earlier sentence confined, unless it opens itself to all.
 */
const confinedRecourse = (own: string, soFar: ClauseSoFar) =>
  CONFINED.test(own) ||
  underTheFrameworks(own) ||
  (soFar.confinedRecourse && !OPEN_TO_ALL.test(own));
export const SOME_USERS_ONLY = " (for some users only)";

/**
 * Sharing or disclosure with no limit stated: the open-ended words ("as otherwise appropriate",
 * "for any purpose", "without limitation as to its use"; for disclosure to authorities also "in
 * our sole discretion") must follow a verb of sharing in the same sentence. Not when they are
 * qualified by a purpose or a condition ("as appropriate for each data transfer", "for any purpose
 * other than …", "for any other purpose disclosed to you", "for any purpose with your consent"),
 * nor "including, without limitation," (a list, not a licence), nor a noun ("such a transfer").
 */
const SHARE_VERB =
  /\b(share[sd]?|sharing|disclos(e|es|ed|ing)|(?<!(a|the|each|any|such|this|that|data) )transfer(s|red|ring)?|release[sd]?|make available|made available)\b/i;
const FOR_ANY_PURPOSE =
  "as (otherwise |we deem |we consider |it deems |we determine )?appropriate(?!,? (to|for|under|in|given|based|with|and)\\b)|for any (other )?(reasons?|purposes?)\\b(?!,? (other than|except|not|unrelated|disclosed|described|listed|we disclose|that|which|where|with|permitted by (this|our|these)|set forth|as)\\b)|without (any )?(limits?|limitations?|restrictions?) (as to|on)\\b";
const SHARED_OPEN_ENDED = new RegExp(`${SHARE_VERB.source}.{0,240}?(${FOR_ANY_PURPOSE})`, "i");
const DISCLOSED_AT_DISCRETION = new RegExp(
  `${SHARE_VERB.source}.{0,240}?(${FOR_ANY_PURPOSE}|in (our|its) (sole |absolute )?discretion|\\b(believes?|deems?|considers?|determines?)\\b.{0,60}\\bappropriate\\b)`,
  "i",
);
/** The sharing is denied or forbidden ("are obligated not to disclose or use it for any other purpose"). */
const SHARING_DENIED =
  /\b(not(?! (legally )?(compelled|required|obliged|obligated)\b)|never|nor|no case|prohibit\w*|restrict\w*)\b.{0,60}\b(share|shares|sharing|disclos\w*|transfer\w*|release|use|used|using|extended)\b/i;
/**
 * "For any purpose" barred or conditioned, a limit and not a licence: "its use may not be
 * extended for any other purpose", "Transferring, selling, or using user data for any purpose or
 * in any manner involving Protected Health Information … unless user-initiated and in compliance
 * with HIPAA regulations" (Google Play's rules for developers).
 */
const ANY_PURPOSE_BARRED =
  /\b(not|never|no)\b(\s+[\w-]+){0,3}\s+for any (other )?(reasons?|purposes?)\b|\bfor any (other )?(reasons?|purposes?)\b.{0,120}\bunless\b/i;
const SHARING_DENIED_OR_BARRED = new RegExp(
  `${SHARING_DENIED.source}|${ANY_PURPOSE_BARRED.source}`,
  "i",
);
/**
 * Data given to third parties or partners, not only to service providers, for marketing — the
 * company's own or theirs: "We disclose your Personal Information with service providers and
 * third parties, including those participating in the payment network, to help us provide
 * Services, protect our customers from risk and fraud, market our products, and comply with legal
 * obligations" (PayPal). Not "only processors under contract", whatever else is denied.
 */
const MARKETING_SHARED = new RegExp(
  `${SHARE_VERB.source}.{0,120}?\\b(third[- ]part(y|ies)|partners)\\b.{0,200}?\\b(market(ing)? (our|its|their) (own )?(products|services|offerings)|market our\\b|for (\\w+ ){0,2}marketing (purposes|activities|campaigns))`,
  "i",
);
/** A right to ask what was shared for marketing (California's "Shine the Light"), not sharing stated. */
const ASK_ABOUT_SHARING =
  /\b(1798\.83|shine the light|entitled to (request|ask)|right to (send us a |make a |submit a )?request|(may|can) (make a (written )?|send us a |submit a )?request|request (certain |more |further |additional )?(details|information|disclosures|a notice|a copy|a list))\b/i;
export const MARKETING_SHARED_VALUE = "shared with third parties for marketing";
/**
 * The company's own marketing, not its recipients': "… to help us provide Services, …, market our
 * products, …" (PayPal) gives data to third parties so they market the company's products, which
 * must not read like "shared for others' marketing".
 */
export const OWN_MARKETING_SHARED_VALUE = "shared with third parties to market its own products";
const OWN_MARKETING = /\bmarket(ing)? our\b/i;
/** Data that identifies no one, named before the open-ended words: not the personal data the practice is about. */
const NON_PERSONAL =
  /\b(non-?personal\w*|non-?personally|not personally identif\w*|does not (personally )?identify|aggregated?|anonymi[sz]ed|anonymous|de-?identified)\b/i;
const openEnded = (re: RegExp, value: string) => (s: string) => {
  const m = re.exec(s);
  return m && !NON_PERSONAL.test(s.slice(0, m.index + m[0].length)) ? value : null;
};

/**
 * What a user's right of access, correction or deletion is about: their data, account or profile
 * ("you can edit your User Data", "you can access or delete your personal data"), not a setting,
 * a feature or a document ("change your preferences", "you can review our Data Protection
 * Agreement", "remove a track from your playlist", "which you can access at:").
 */
const USERS_DATA =
  "(personal (data|information)|(your|their|his or her) (\\w+ ){0,3}(data|information|details|profile|account|records?|activity|history|content|files|photos|messages|posts)(?!['’]s\\b| settings\\b| preferences\\b)|(data|information) (that )?(we (hold|have|collect\\w*|maintain|store|process)|you|they|about you|collected about you|relating to you)|account (information|details|data)|profile (information|details|data))\\b";

/**
 * Data shared for others' marketing: the company gives data ("we may share your information with
 * advertisers", "personal data may be disclosed to third parties for their own marketing"), not
 * data it receives ("advertisers … share information with us", "marketing partners who provide us
 * with information"), a report on ads ("we provide advertisers with reports"), nor a list that
 * names advertisers without sharing anything ("Partners include ad networks").
 */
const FOR_OTHERS_MARKETING =
  "(their own (direct )?marketing|for (their|its|his) own (purposes|marketing)|(marketing|advertising|promotional) (partners|providers|companies|purposes of (third|other))|advertisers|ad networks|advertising networks|marketing purposes of|to market (their|its) (own )?(products|services))\\b";
const GIVE =
  "(share[sd]?|sharing|disclos(e|es|ed|ing)|provid(e|es|ed|ing)|transfer(s|red|ring)?|make available|made available|rent(s|ed|ing)?|sell(s|ing)?|sold)";
/**
 * What is given, named after the verb: "we disclose the following to our advertising partners";
 * since the double reading of 2027-02-03 a CCPA disclosure's categories too: "We shared each
 * category to or with advertising networks, data analytics providers, and social networks" (GitHub).
 */
const SHARED_ITEM =
  "(data|information|info|identifiers|details|email address\\w*|it|them|this|such|the following|categor(y|ies))";
/**
 * What is given, named before the verb: data, or a pronoun standing for it ("This may be shared
 * with advertising companies"). "This" before a noun names something else: "This naming option is
 * provided to Advertisers" (AdSupply) gives them a feature, and "To this end" names nothing.
 */
const GIVEN_ITEM =
  "(data|information|info|identifiers|details|email address\\w*|it|them|this(?= (may|might|will|would|can|could|is|are|was|were|has|have|includes?)\\b|[,;:)])|such)";
/**
 * Giving denied, in any form of the verb: "we do not share", "This data cannot be disclosed to any
 * third parties – advertisers included" (Telegram), "your data will not be shared with third-party
 * ad networks" (AdSupply), "they cannot use it for their own purposes". A denial with an exception
 * names who does receive it, so it is no denial: "will not be disclosed outside of Verizon, its
 * service providers and advertising partners".
 */
const GIVING_DENIED =
  /\b(not|never|won['’]t|don['’]t|doesn['’]t|cannot|can['’]t|must not|may not)\b.{0,60}\b(shar(e|es|ed|ing)|disclos(e|es|ed|ing)|provid(e|es|ed|ing)|rent(s|ed|ing)?|sell(s|ing)?|sold|transferr?(ed|ing)?|made available|use[ds]?|using)\b(?!,? (\w+ ){0,3}(outside|except|other than|apart from|beyond)\b)/i;
const ADVERTISING_SHARING = new RegExp(
  `\\b${GIVE}\\b(?! us\\b| you\\b| by\\b| (\\w+ ){0,3}(with|to) us\\b).{0,60}\\b${SHARED_ITEM}\\b(?! (with|to) us\\b).{0,120}?\\b${FOR_OTHERS_MARKETING}|\\b${GIVEN_ITEM}\\b.{0,60}\\b${GIVE}\\b(?! us\\b| by\\b| (with|to) us\\b).{0,120}?\\b${FOR_OTHERS_MARKETING}|\\b${GIVE}\\b.{0,60}\\b${FOR_OTHERS_MARKETING}.{0,40}?\\bwith\\b.{0,60}?\\b${SHARED_ITEM}\\b`,
  "i",
);

/**
 * Where a clause of a sentence begins: a denial holds up to the next of these, so "we do not sell
 * your data, but we share your device ID with advertisers" still shares. Not "including but not
 * limited to", nor "not only … but also".
 */
const CLAUSE_BREAK = /\bbut\b(?! not limited| also)|\bhowever\b|\bwhereas\b/gi;
/**
 * What is given is said to identify no one: "We provide this information to third parties (for
 * example, to content providers and advertisers), but any such third-party reporting shall not
 * include information which may identify an individual customer" (Vodafone Ireland). A denial of
 * what is in it, not of giving it: the data given is not the personal data the practice is about.
 */
const IDENTIFIES_NO_ONE =
  /\b(shall|will|does|do|would|must|may|to) not (include|contain|reveal)\b.{0,40}\b(identif\w*|personal(ly)?)\b|\b(does|do|will|would|shall) not (personally |directly |reasonably )?identify (you|an individual|individuals|any individual|a customer|customers|users?|any user)\b|\bwithout (personally )?identifying (you|individuals|users)\b/i;
const USER_GIVES = /\byou( \w+){0,2} $/i;
/** A sentence splits into at most this many clauses; the rest is read as one. */
const MAX_CLAUSES = 12;

/**
 * Data given for others' marketing, in a clause of the sentence that does not deny it: the denial
 * is read over the clause the verb is in ("… with advertisers, who cannot use it for their own
 * purposes" denies it), and on to the match's end when the match runs past the clause ("we do
 * not share data with partners, but only …").
 */
/**
 * A change a successor may make after a merger or acquisition is the business-transfer practice,
 * not how the company changes its policy: "If the third party proposes to materially change the
 * privacy practices … collected before such merger, acquisition, assignment or other transfer:⏎
 * inform you and get your express affirmative consent …" (Bitwarden).
 */
const BUSINESS_TRANSFER_CHANGE =
  /\b(mergers?|acquisitions?|acquir(er|ers|ing (company|entity|party))|bankruptcy|insolvency|successors?( in interest| entity| company)?|reorgani[sz]ation|divestitures?|change (of|in) (control|ownership))\b/i;

/**
 * A merger, acquisition, bankruptcy, or the sale of the company or its assets ("in the event of a
 * sale of all or part of our assets"). A sale of data is not one: "You have the right to opt out
 * of the sale of your Personal Information" (Substack), "Right to Opt-Out of the Sale of
 * Information" (W3Schools) — "sale of" followed, within three words, by the data.
 */
const BUSINESS_EVENT =
  /\b(buys? (us|our (company|business))|sell (or [\w-]+ to sell )?(all or (a )?part of )?(our|its|the) (company|business)|(prospective )?(buyer|purchaser)s? of (our|its|the) (company|business|assets)|mergers?|acquisitions?|acquir(ed|er|ers|ing)|bankruptcy|successors?|assets|reorgani[sz]ation|sale of(?! (?:[\w'’-]+ ){0,3}?(?:personal|data|information|info|pii)\b))\b/i;

/**
 * A merger, acquisition, bankruptcy or sale of the business itself, the event a sentence that
 * only says data "may be sold or transferred" or "shared with the parties involved" must name to
 * be about a business transfer: "If we are involved in a merger, acquisition, … purchase or sale
 * of assets, …, your information may be sold or transferred as part of such a transaction"
 * (Academia.edu). Not a customer or user acquisition (marketing), nor data acquired.
 */
const CORPORATE_EVENT =
  /\b(mergers?|merge[sd]? with|acquisitions?(?<!(?:customer|user|player|data|information|lead|client) acquisitions?)|acquired by|(?<!\b(?:card|payment|merchant) )acquir(er|ers|ing (company|entity|party|business))|bankruptcy|insolvency|receivership|reorgani[sz]ation|restructuring|dissolution|liquidation|divestitures?|(change|transfer) (of|in) (corporate )?(control|ownership)|corporate transactions?|sale (or transfer )?of (all|substantially|part|some|a portion|any portion|our|its|the company|the business|a business|a company)|successors?(?<=\b(?:to|our|a|the|its|any|such) successors?))\b/i;
/** Either: "the sale or transfer of all or part of the business" is one only CORPORATE_EVENT reads. */
const ANY_BUSINESS_EVENT = new RegExp(`${BUSINESS_EVENT.source}|${CORPORATE_EVENT.source}`, "i");
/**
 * Data said to pass: "your information may be sold or transferred", "your Personal Information
 * may be shared with the parties involved in such event" (Wix), "we may transfer your data".
 */
const DATA_PASSES =
  /\b(information|data|PII)\b.{0,40}\b(may|might|will|would|could|can|is|are)( also)?( be)? (sold|transferred|shared|disclosed|assigned|passed|transmitted|conveyed|provided|among)\b|\b(transfer|sell|share|disclose|assign|pass on|provide)\b(?<!\b(?:the|a|any|such|this|that) (?:transfer|sell|share|disclose|assign|pass on|provide)).{0,30}\b(your|the|such|all|any|user|customer|customers['’]|personal|personally)\b.{0,30}\b(information|data)\b|\b(transfer|sell|share|disclose|assign)\b (information|data) (about you|we (collect|hold|have|maintain))\b/i;
/**
 * A law's definition that leaves a business transfer out: "the CCPA definitions of "sale" and
 * "share" do not include … the transfer of Personal Information as an asset that is part of a
 * merger" (Fox News) says what a sale is, not what the company does.
 */
const DEFINITION_EXCLUDES = /\b(does|do) not include\b/i;
/** Data said not to pass: "your information will not be transferred". */
const DATA_KEPT_BACK =
  /\b(not|never)\b( \w+){0,2} (be )?(sold|transferred|shared|disclosed|assigned|sell|transfer|share|disclose)\b/i;
/**
 * A sentence that points back to the one before it for its case: "Suppose W3Schools is involved
 * in a merger, acquisition, or sale of assets. In that case, we will continue to ensure the
 * confidentiality of your information." The business event is read over both sentences.
 */
const POINTS_BACK =
  /^(in (that|this|such (a|an)?|either|any such|each such) (case|event|circumstances?|situation)|in (these|those|such|all such|any such) (cases|events|circumstances|situations|instances)|in the course of (such|these|those|this|that|any such) \w+|during (such|these|those|this|that|any such) \w+|if (this|that|so|it) (happens|occurs)|should (this|that) (happen|occur)|then)\b/i;
/**
 * A sentence that goes on with a business event the one before it named, wherever it says so:
 * "Should one of these events occur, we will make reasonable efforts to notify you …" (Linear),
 * "You will be notified via email … if a transaction takes place" (Atlassian, MediaFire), "This
 * Privacy Policy will apply to your personal information that is shared with … or transferred to
 * the new entity" (X), "We will always inform you before a transfer of your data is carried out
 * to a buyer" (Viaplay). Read only by the business-transfer kinds, as POINTS_BACK is.
 */
const REFERS_BACK =
  /\b((one|any|each) of )?(these|those|such|this|that|the|a|any such) (\w+ )?(events?|transactions?|new (entity|owner|owners|company)|(prospective )?(buyer|purchaser|acquirer)s?)\b(?! of\b)/i;
/** Read on every sentence: a cheap first look for its words (reading speed). */
const refersBackMayMatch = screen(REFERS_BACK);

/**
 * A right of users to ask about sharing, said of "you" or of residents, or given by a law; a law
 * permits people to ask, while "allow Ad Partners to obtain information" (Urban Dictionary's web
 * beacons) is what the company lets others do.
 */
const RIGHT_TO_ASK =
  /\b(shine the light|(you|residents|consumers|users|customers|individuals)( \w+){0,2} (may|can) (also )?(ask|request)|right to (know|request|ask)|(residents|consumers|customers) (have|has) (certain |additional |specific )?rights (regarding|concerning|with respect to) (the )?(personal )?information (we|that we) (disclose|share)|(permits?|allows?|entitles?|gives?) (\w+ ){0,3}(you|residents|consumers|users|customers|individuals|visitors) to (request|ask|obtain|know))\b/i;
/** Sharing only with the user's consent or unless the user opts out, or a right to ask about it. */
const USERS_RIGHT_TO_ASK = new RegExp(
  `\\bwithout your (express |explicit |prior )?consent\\b|\\bunless you (opt|consent|agree)|${RIGHT_TO_ASK.source}`,
  "i",
);
/**
 * Tracking denied ("We will never use third-party cookies"), or a right to ask about disclosures
 * described: "California Civil Code Section 1798.83 permits California residents to request a
 * list of the personal information we disclosed to advertising partners for their direct
 * marketing purposes" names advertising partners but says nothing of trackers on the site.
 */
const NO_TRACKING_STATED = new RegExp(
  `\\b(does not apply to|(are|is) not responsible for)\\b.{0,60}\\bthird[- ]party|\\b((do|does|will|shall) not|(do|does|wo)n['’]t|never)( ever)? (use|allow|permit|place|set|drop|employ|deploy|serve)\\b.{0,40}\\b(third[- ]party|advertis|beacon|track|flash|pixel|cross[- ](site|device|context))|${RIGHT_TO_ASK.source}`,
  "i",
);
/**
 * A denial that data is sold or shared for cross-context or targeted advertising: "PayPal does
 * not “sell” Personal Information or “share” Personal Information for cross-context behavioral or
 * targeted advertising" names the advertising it denies, no tracker on the site. Not when a clause
 * after a "but" states it: "We do not sell your data, but we share it for cross-context
 * behavioral advertising".
 */
const NOT_SHARED_FOR_ADS =
  /\b((do|does|will|shall|have|has) not|(do|does|wo|have|has)n['’]t|never)\b.{0,30}\b(sell|share|sold|shared)\b.{0,160}?\b(cross[- ]context\w*|targeted advertising|behaviou?ral advertising)/i;
/**
 * Data the company receives from advertising partners ("We receive and collect your personal
 * information from our marketing and advertising partners", Temu; "Advertising networks, analytics
 * providers and search information providers may provide us with anonymised or de-identified
 * information", Kraken): where it comes from, not a tracker on the site — unless the sentence names
 * one ("… including through the use of cookies, beacons, and similar technologies") or says they
 * show ads on it ("advertising partners that deliver ads displayed on Zoom products"). Ads or
 * emails received from advertisers are not data received: "opt out of receiving personalized
 * advertisements from certain third-party advertisers" (Reddit) stays tracking.
 */
const RECEIVED_FROM_NAMED =
  /\b(receiv\w*|obtain\w*|collect\w*|get|information|data)\b(?!( [\w-]+){0,3} (ads|advertisements|advertising|e-?mails?|communications|messages|offers)\b).{0,120}\bfrom (our |the |these |such |certain |various |third[- ]party |other )*(\w+ (and|or|&) )?$/i;
const GIVE_US =
  /^[\w&,' -]{0,80}\b(may |will |also |can |might )*(provide|provides|give|gives|send|sends|share|shares|supply|supplies) (\w+ ){0,3}(us|with us)\b/i;
const TRACKERS_ON_SITE =
  /\b(cookies?|beacons?|pixels?|tags|sdks?|scripts?|similar technologies|tracking technolog\w+|on our (site|website|services|platform)s?|(deliver|serve|show|display)\w* (\w+ )?(ads|advertisements))\b/i;

/**
 * A cookie said to keep a password or login: a verb of keeping between the cookie and the
 * credential ("cookies … to (a) store your username and password", "Cookies can remember your
 * sign-in credentials", "login Information may be maintained in a cookie"). Not a list of data
 * that names both ("cookie IDs, …, authentication credentials … are collected", Palantir, SHEIN),
 * a feature ("password manager and Total Cookie Protection", Firefox), nor signing in elsewhere
 * ("social media login credentials", Toyota Connected Services).
 */
const CREDENTIAL =
  "(password(?! manager)|(?<!(social media|social network|third[- ]party) )(sign-in |login )?credentials|login (details|information)|user ?name and password)";
const CREDENTIALS_IN_COOKIE = new RegExp(
  `\\bcookies?\\b(?! ids?\\b| identifiers?\\b).{0,250}?\\b(stor\\w*|remember\\w*|sav(e|es|ed|ing)|contain\\w*|keep\\w*|maintain\\w*|hold\\w*|re-?enter\\w*)\\b.{0,60}?\\b${CREDENTIAL}\\b|\\b${CREDENTIAL}\\b.{0,60}?\\b(stored|saved|kept|maintained|held|remembered)\\b.{0,40}?\\bcookies?\\b`,
  "i",
);

/**
 * A data-protection regulator by the words for one, in English or as a national body calls itself
 * ("the Data Inspectorate", "Datatilsynet", "the Data Protection Agency"). Not a law's "private
 * attorney general" (a kind of lawsuit, in class-action waivers), nor rules a right follows, "in
 * accordance with the regulations of the supervisory authority" (Roblox's right to port data).
 */
const REGULATOR =
  /\b(federal trade commission|ftc|(?<!regulations of the )supervisory authorit(y|ies)|data protection (authorit(y|ies)|agenc(y|ies)|inspectorate|commission(er)?|board|regulators?|supervisors?)|data inspectorate|datatilsynet|datainspektionen|information commissioner|(?<!private )attorney general|cnil|privacy commissioner)\b/i;

/**
 * The user's complaint lodged with an authority the policy does not name by its title; not the
 * company's own ("This data is used to file a complaint with the appropriate authorities", Spam.org).
 */
const COMPLAINT_TO_AUTHORITY =
  /\b(?:you|users?)\b.{0,60}?\b(?:lodge|file|make|submit|bring|raise)\b (?:a |any |your )?complaints? (?:with|to|before) (?:the |a |your )?(?<body>(?:relevant|competent|appropriate|responsible) (?:local )?(?:supervisory )?authorit(?:y|ies)|(?:our|its) regulators?|(?:relevant|competent|appropriate) regulators?)\b/i;

/** A sentence about complaints, rights, disputes or oversight, where a regulator named is recourse. */
/**
 * Since the second reading of 2027-01-20, "subject to" a law is no oversight: "(c) for data
 * processed subject to the Swiss FDPA: … the list of the states … as published by the Swiss
 * Federal Data Protection and Information Commissioner" (Google's controller terms) read "a
 * regulator is named", its definition taken for recourse.
 */
const REGULATOR_TOPIC =
  /\b(complain\w*|lodge|contact|concerns?|rights?|jurisdiction|investigat\w*|disputes?|resolv\w*|unresolved|recourse|appeal|refer|oversight|subject to(?! (the |applicable |any )?([\w-]+ ){0,3}?(FDPA|GDPR|CCPA|LGPD|PIPEDA|laws?|legislation|Act|regulations?|terms|conditions|clauses?|sections?|paragraphs?)\b))\b/i;

/**
 * The user followed from site to site, the rubric's "cross-site tracking", said in words rather
 * than named: "With these cookies your internet- and surf behaviour can be followed over various
 * domains and websites" (WeTransfer's advertisement cookies), "track certain of your online
 * activities over time and across different websites"; or data from another's site used for ads:
 * "we may use information collected on an advertiser’s website to show you more relevant ads"
 * (Snapchat); or ads served on and off the service, "to help recognize your devices to serve you
 * ads on and off of X" (X), not reports of how ads perform there (Instagram).
 */
const CROSS_SITE =
  /\b(serv\w*|show\w*|deliver\w*|display\w*|provid\w*|personali[sz]\w*|target\w*|customi[sz]\w*|tailor\w*)\b (\w+ ){0,4}(ads|advertis\w*)\b (\w+ ){0,4}on and off\b|\b(ads|advertis\w*) (\w+ ){0,2}(shown|served|displayed|you see)( to you)? (\w+ ){0,2}on and off\b|\b(track\w*|follow\w*)\b.{0,80}?\b(over|across) (\w+ ){0,2}?(various|other|different|multiple|third[- ]party|non-affiliated|unaffiliated) (domains|websites|web sites|sites|apps|applications)\b|\b(information|data)\b (\w+ ){0,2}(collected|gathered|obtained|received) (on|from|through|via|at) (an? |the |other |their )?(advertisers?['’]?s?|partners?['’]?s?|third[- ]party|other|another company['’]s) (websites?|web sites?|sites?|apps?|applications?|properties)\b.{0,80}?\b(ads|advertis\w*)\b/i;
/**
 * Not a denial ("we do not track you across other websites"), nor what a Do Not Track signal asks
 * for: those sentences keep the tracker they name, if any.
 */
const crossSiteMayMatch = screen(CROSS_SITE);
function crossSiteTracking(s: string, policy: PolicyWords): string | null {
  const m = crossSiteMayMatch(s) ? CROSS_SITE.exec(s) : null;
  if (!m || signalNamed(s, policy)) return null;
  if (
    /\b(not|never|no)\b|n['’]t\b/i.test(s.slice(Math.max(0, m.index - 60), m.index + m[0].length))
  )
    return null;
  return /\badvertis\w*/i.test(s)
    ? "advertising tracking across websites"
    : "tracking across websites";
}

/** Tracking named by a tracker's or an advertising company's name, unless the sentence denies it, or says data comes from them. */
function trackingNamed(s: string): string | null {
  const named = thirdPartyTracking(s);
  if (!named) return null;
  // The name as matched may have lost the capital that opened the sentence.
  const at = s.toLowerCase().indexOf(named.toLowerCase());
  // The advertising named is the one the denial is about.
  // An advertising term defined, or a right to refuse it, says nothing of what the site does:
  // "“share” means disclosing your Personal Information … for cross-context behavioral
  // advertising", "Some states provide individuals the right to opt-out of the “sharing” … for
  // cross-context behavioral advertising", "Were we ever to … share it for …" (Substack).
  if (
    AD_TERM.test(named) &&
    (DEFINES_TERM.test(s) || RIGHT_TO_REFUSE.test(s) || HYPOTHETICAL.test(s))
  )
    return null;
  // "We do not disclose personal data to advertising partners for users under the age of 18"
  // (Spotify) denies what it names.
  if (AD_COMPANY.test(named) && GIVING_DENIED.test(s.slice(Math.max(0, at - 100), at))) return null;
  const ad = NOT_SHARED_FOR_ADS.exec(s);
  if (ad && !CLAUSE_BREAK_WORDS.test(ad[0]) && at >= ad.index && at < ad.index + ad[0].length)
    return null;
  if (AD_TERM.test(named) && at >= 0 && adTermDenied(s.slice(0, at))) return null;
  if (at >= 0 && !TRACKERS_ON_SITE.test(s)) {
    const before = s.slice(Math.max(0, at - 200), at);
    const after = s.slice(at + named.length, at + named.length + 120);
    if (RECEIVED_FROM_NAMED.test(before)) return null;
    if (GIVE_US.test(after)) return null;
    // Data given to advertising partners only aggregated or de-identified is no tracking of the
    // user: "This data may be shared with our advertising partners on an aggregated and/or
    // de-identified basis" (Firefox); "whether on the individual or aggregate level" is both.
    if (AD_COMPANY.test(named) && NON_PERSONAL.test(s) && !/\bindividual\b/i.test(s)) return null;
    // An ad network that handles a click on the company's own ads and is bound not to profile the
    // user: "Ad clicks are managed by Microsoft's ad network and Microsoft has committed to not
    // associate your ad-click behavior with a user profile" (DuckDuckGo) tracks no one across sites.
    if (AD_COMPANY.test(named) && NOT_PROFILED.test(s)) return null;
  }
  return named;
}
/**
 * Advertising named in the list a denial heads: "(We use only contextual advertising and not
 * targeted, behavioral, or interest-based advertising methods)" (Coolmath4Kids), "… does not
 * sell, share, rent, monetize, or use Government Customer Data … for: interest-based or targeted
 * advertising; cross-context behavioral advertising; …" (Thomson Reuters): the denial holds up to
 * a clause of its own ("but", "however", a new sentence, "and we …"), and past a semicolon only in
 * a list its colon opens.
 */
const DENIED_LIST_BEFORE =
  /\b(not|nor|never|no)\s+(([\w-]+,\s+){0,4}[\w-]+,?\s+(or|and|nor)\s+)?$/i;
const DENIAL_VERB =
  /\b(not|never|n['’]t)\b.{0,30}?\b(sell|share|rent|monetize|use|engage in|conduct|serve|permit|allow)\b/gi;
function adTermDenied(before: string): boolean {
  const near = before.slice(-400);
  if (DENIED_LIST_BEFORE.test(near)) return true;
  const denials = [...near.matchAll(DENIAL_VERB)];
  const last = denials[denials.length - 1];
  if (!last) return false;
  const span = near.slice(last.index);
  // A denial of the means, not of the advertising: "We do not use information that personally
  // identifies you to display interest-based ads" (Amazon) says such ads are displayed.
  if (
    CLAUSE_BREAK_WORDS.test(span) ||
    /[.!?]\s|\b(and|while|so) (we|they|it|our|its)\b|[,;]\s*(we|they|it|our|its)\b/i.test(span) ||
    /\bto (display|serve|show|deliver|provide|offer|present|target)\b/i.test(span)
  )
    return false;
  return !span.includes(";") || span.includes(":");
}
const NOT_PROFILED =
  /\b(not|never)( to)? (associate|link|connect|combine|tie|use)\b.{0,60}?\b(with|to build|to create) (a |any |your )?(user |advertising )?profiles?\b/i;
/**
 * Pixels by their plain name ("tracking pixels", "pixels") in a sentence that names who else
 * receives what they record, or what they are for: "pixels … unique advertising identifiers"
 * (Snapchat), "the tracking pixel … Facebook" (VR). Since the double reading of 2027-03-01 a
 * "tracking pixel" of the company's own too, as web beacons count whoever runs them (since
 * 2027-02-10): Wikimedia's "tracking pixels, which are used to deliver our services … and for
 * analytic purposes" (beside "We will never use third-party cookies"), "tracking pixels inserted into
 * emails sent to you by HAPPN" (both read as no third party's until then). A bare "pixel" still needs
 * another named. Not a phone ("Google Pixel", "Pixel Watch"), nor a denial.
 */
/** A plain word first: PIXELS' lookbehind and lookahead cost it ~6× as much (reading speed). */
const PIXEL_WORD = /pixel/i;
const PIXELS =
  /(?<!google )\b(tracking |web |embedded )?pixels?\b(?! (watch|phones?|devices?|buds|tablets?|fold|slate|\d))/i;
const ANOTHERS =
  /\b(third[- ]part\w*|partners?|advertis\w*|ads|ad networks?|providers?|vendors?|facebook|meta|google|tiktok|twitter|linkedin|pinterest|social (media|networks?))\b/i;
function pixelTracking(s: string): string | null {
  if (!PIXEL_WORD.test(s)) return null;
  const m = PIXELS.exec(s);
  if (!m) return null;
  const tracking = /^tracking /i.test(m[0]) && !NEGATED.test(s);
  return tracking || ANOTHERS.test(s) ? asWritten(s, m.index, m[0]) : null;
}
/**
 * Third-party cookies said in the passive, for advertising: "You agree that your cookies are
 * stored by the Website, including by third parties, for the purpose of statistical analysis of
 * user behavior and advertising optimization" (Lingualeo). Not cookies a third party only reads
 * about ("information collected by third parties"), nor advertising the sentence denies.
 */
const COOKIES_BY_OTHERS =
  /\bcookies\b.{0,40}?\b(?<verb>set|placed|stored|used|served|dropped|installed)\b.{0,60}?\bby (\w+ ){0,2}third[- ]parties\b/i;
function cookiesSetByOthers(s: string): string | null {
  const m = COOKIES_BY_OTHERS.exec(s);
  // The second reading of 2027-01-25: trackers "offered by third parties", partners "allowed to use
  // cookies" (read-since-2027-01-25.ts).
  if (!m)
    return TRACKERS_OF_OTHERS_WORDS.test(s) && !GIVING_DENIED.test(s)
      ? trackersOfOthersInOtherWords(s)
      : null;
  if (!/\b(advertis\w*|ads)\b/i.test(s.slice(m.index)) || GIVING_DENIED.test(s)) return null;
  return `cookies ${m.groups!.verb!.toLowerCase()} by third parties`;
}
/** Advertising named by the law's or the trade's term for it, not by a tracker or a company. */
const SHARED_FOR_ADVERTISING_VALUE = "data shared for targeted advertising";
const AD_TERM =
  /\b(cross[- ](context|site|device)\w*|targeted|interest[- ]based|behaviou?ral|personali[sz]ed|tailored)\b/i;
const DEFINES_TERM =
  /["“”‘’']?\b(share|sharing|sale|sell|targeted advertising)\b["“”‘’']? (means|is defined|includes)\b|\b(as (those terms are |that term is |it is )?defined|broadly defined|is (also )?(known|called|referred to) as|(also )?known as|is called|referred to as)\b/i;
const RIGHT_TO_REFUSE =
  /\b(rights?|ability) to opt[- ]?out\b|\bprovide individuals\b|\bresidents (of [\w ,]{1,40})?(have|may have) (the )?(right|ability)\b/i;
/** A tracker named by the kind of company, not by a technology. */
const AD_COMPANY =
  /^(third[- ]party )?(advertis\w+|ad networks?)( (networks?|partners|companies))?$/i;
const CLAUSE_BREAK_WORDS = /\b(but|however|whereas|although|except)\b/i;
/** The user's wish or request that data not be shared, not the company's statement. */
const USERS_WISH_NOT_TO_SHARE =
  /\byou( \w+){0,2} (do not|don['’]t|did not) (wish|want)\b|\b(request|ask)(s|ed|ing)?( that)?( us| we)? (not|do not|don['’]t)\b/i;

// Not data described by where it came from: "share information that we collect from you" (Revcontent).
const COMPANY_RECEIVES =
  /(?<!\b(?:that|which) )\bwe (may |might |also |can |will |sometimes |often )*(receive|obtain|collect|get)\b.{0,200}?\bfrom\b/i;
/**
 * Given only in a form that identifies no one: "This data may be shared with our advertising
 * partners on an aggregated and/or de-identified basis" (Firefox), "We may aggregate or otherwise
 * de-identify information and … share it with third parties for their own purposes" (Visible).
 */
const GIVEN_NOT_PERSONAL =
  /\b(on|in) an? (aggregated?|anonymi[sz]ed|de-?identified|pseudonymi[sz]ed and aggregated)( (and\/or|and|or) (aggregated?|anonymi[sz]ed|de-?identified))? (basis|form|manner)\b|\b(aggregate|anonymi[sz]e|de-?identify)\b.{0,60}\b(and|then)\b.{0,60}\bshare (it|them)\b/i;
/**
 * The company's own statement that it gives data for targeted advertising, the law's name for
 * sharing with others for their ads: "We share Personal Information for targeted advertising
 * purposes but do not otherwise engage in “sales”" (Pornhub), "Brevo may share Personal Information
 * … with third parties for cross-contextual behavioral advertising purposes". Not a right to refuse
 * it, a definition, a hypothetical, a browser signal or a denial (the Substack, PayPal and GPC
 * sentences): there the term names a practice, it does not state one.
 */
const SHARED_FOR_ADVERTISING = new RegExp(
  `\\b(we|[A-Z][\\w&.-]+)\\b.{0,40}?\\b(share[sd]?|disclose[sd]?|provide[sd]?|transfer(s|red)?|make available)\\b.{0,100}?\\b(for|to provide|in order to provide)\\b.{0,40}?["“”']?(targeted|cross[- ]context(ual)?|interest[- ]based|behaviou?ral)\\b[^.;]{0,40}?\\badvertising\\b`,
);
const NAMED_SUBJECT =
  /^(?!(You|Users?|Advertisers?|Partners?|Third|They|These|Those|This|That|Some|Any|Such|Certain|Other)\b)[A-Z][\w&.-]+ ((may|will|can|also|does|do|might) )*(share[sd]?|disclose[sd]?|provide[sd]?|transfer(s|red)?)\b/;
function sharedForAdvertising(s: string, policy: PolicyWords): boolean {
  // The pattern is case-sensitive and ends on this word: a plain search first (reading speed).
  if (!s.includes("advertising")) return false;
  const m = SHARED_FOR_ADVERTISING.exec(s);
  // Said by the company: "we", its own name, or a name that is the verb's subject ("Brevo may
  // share", a policy that names itself Sendinblue in its opening).
  if (!m || !(/^we$/i.test(m[1]!) || policy.own.has(m[1]!) || NAMED_SUBJECT.test(s.slice(m.index))))
    return false;
  // Judged up to the end of the statement's own clause: Pornhub's "… but do not otherwise engage
  // in “sales” of Personal Information as defined by state laws" defines the sale it denies.
  const end = m.index + m[0].length;
  const next = [...s.slice(end).matchAll(CLAUSE_BREAK)][0];
  const own = s.slice(0, next ? end + next.index : s.length);
  if (
    DEFINES_TERM.test(own) ||
    /\b(defines?|means)\b/i.test(own) ||
    RIGHT_TO_REFUSE.test(own) ||
    HYPOTHETICAL.test(own) ||
    signalNamed(own, policy) ||
    /\bopt(ing)?[- ]?out\b|\bchoices?\b|\bother than\b/i.test(own) ||
    GIVING_DENIED.test(own)
  )
    return false;
  const ad = NOT_SHARED_FOR_ADS.exec(own);
  return !(ad && !CLAUSE_BREAK_WORDS.test(ad[0]));
}

/** A verb of giving, anywhere in a match. */
const GIVE_ANYWHERE = new RegExp(`\\b${GIVE}\\b`, "gi");
/**
 * Whether some verb of giving in the words is the company's: not the user's ("information … that
 * you provided to advertisers", "the information you provide (e.g., your email address)") nor one
 * whose receiver is the company ("and the advertisers then shared with Google", in Google's own
 * policy). Until the audit of 2026-12-05 such sentences read as the company's sharing for
 * advertising (Google Shopping, The New York Times).
 */
function companyGives(words: string, own: ReadonlySet<string>): boolean {
  for (const g of words.matchAll(GIVE_ANYWHERE)) {
    if (USER_GIVES.test(words.slice(Math.max(0, g.index - 30), g.index))) continue;
    const to = /^ (?:with|to) (?:the )?([A-Z][\w&.'’-]{1,40})/.exec(
      words.slice(g.index + g[0].length),
    );
    if (to && own.has(to[1]!)) continue;
    return true;
  }
  return false;
}

/** An opt-out of the sharing, or the user's direction to share, just before it. */
const SHARING_STOPPED_OR_DIRECTED =
  /\b(opt(s|ing|ed)?[- ]?out (of|from)|object(s|ing)? to|direct(s|ed)? us to|instruct(s|ed)? us to|at (your|their|the user['’]s) direction)( [\w-]+){0,3} (shar\w*|disclos\w*|provid\w*|transfer\w*|sell\w*|sale)\b/i;
function advertisingSharing(given: string, own: ReadonlySet<string> = new Set()): boolean {
  if (IDENTIFIES_NO_ONE.test(given)) return false;
  // Advertisers named as a source ("information from our partners and advertisers") receive
  // nothing (the second reading of 2027-01-27, read-since-2027-01-27.ts).
  const s = blankAdvertisersAsSource(given);
  const starts = [0];
  for (const b of s.matchAll(CLAUSE_BREAK)) {
    if (starts.length >= MAX_CLAUSES) break;
    starts.push(b.index + b[0].length);
  }
  return starts.some((from, i) => {
    const m = ADVERTISING_SHARING.exec(s.slice(from));
    // A match that begins in a later clause is read from that clause's start.
    if (!m || from + m.index >= (starts[i + 1] ?? s.length)) return false;
    // Reports, measurements and aggregate statistics for advertisers identify no one.
    if (/\b(reports?|statistic\w*|insights|measurement)\b/i.test(m[0]) || NON_PERSONAL.test(m[0]))
      return false;
    // … nor where campaigns appeared or how they converted (the second reading of 2027-01-27).
    if (campaignInformationOnly(s.slice(from, starts[i + 1] ?? s.length))) return false;
    // The user gives, not the company: "certain features may allow you to share your personal
    // information with advertisers" (Quora).
    if (USER_GIVES.test(s.slice(Math.max(0, from + m.index - 30), from + m.index))) return false;
    // Nor a sharing the user may stop or directs: "you may … opt out of information sharing with
    // our advertisers" (Imgur), "Creators may direct us to share information with advertisers"
    // (Pinterest) — an opt-out or the user's instruction, not the company's giving.
    if (
      SHARING_STOPPED_OR_DIRECTED.test(
        s.slice(Math.max(0, from + m.index - 40), from + m.index + m[0].length),
      )
    )
      return false;
    if (!companyGives(m[0], own)) return false;
    // The company receives, before the giving: "We may also receive information from third
    // parties … that provide user demographics" (Rubicon Project); the giving is theirs.
    // Unless the company then gives, in a verb of its own: "…, and we share your personal data
    // with advertisers for their own marketing".
    // Read on the words as given: blanking advertisers as a source also blanks their "from".
    const lead = given.slice(from, from + m.index);
    if (COMPANY_RECEIVES.test(lead) && !/\bwe( \w+){0,2} $/i.test(lead)) return false;
    const end = Math.max(from + m.index + m[0].length, starts[i + 1] ?? s.length);
    if (GIVEN_NOT_PERSONAL.test(s.slice(from, end))) return false;
    return !GIVING_DENIED.test(s.slice(from, end));
  });
}

const CIPHERS =
  "end-to-end encrypt\\w*|encrypted (at rest|before (it|they|data) (leaves|is sent))|zero[- ]knowledge|encryption key (that )?(only )?you|448-bit|256-bit|128-bit|aes|blowfish|encrypt\\w*";
const ENCRYPTION = new RegExp(`\\b(private (encryption )?key|${CIPHERS})\\b`, "i");
const ENCRYPTION_NO_KEY = new RegExp(`\\b(${CIPHERS})\\b`, "i");
/**
 * Encryption denied: "direct messages are not end-to-end encrypted", "will not be end-to-end
 * encrypted by Zoom", "we do not encrypt", "unencrypted", "sent without encryption", "no encryption", "no longer
 * protected by Viber's end-to-end encryption", "Communications over the internet (such as emails) are
 * not secure unless they have been encrypted" (Vodafone Ireland: a warning, no encryption the
 * company states; until the audit of 2026-12-06 "including encryption"). "Never sent … without first being encrypted" is a
 * promise, not a denial, so only "without encryption" itself counts.
 */
const ENCRYPTION_DENIED =
  /(\b(not|never|no longer)|n['’]t)( (be|been|being|typically|currently|yet|always|necessarily|fully)){0,2}( end-to-end)? encrypt\w*|\b(un|non-)encrypted\b|\b(without|no) (any )?(end-to-end )?encryption\b(?! keys?\b)|\b(not|never|no longer) (be )?(protected|secured|covered) by( [\w'’-]+){0,3} encryption\b|\bnot secure unless( [\w'’-]+){0,3} encrypt\w*/i;
const ENCRYPTION_DENIED_ALL = new RegExp(ENCRYPTION_DENIED.source, "gi");
/**
 * Encryption stated outright, not only named: "Storage Data is encrypted", "we encrypt", "the use
 * of firewalls and encryption", "in encrypted form", a cipher. "Shares encrypted content" or "an
 * encrypted Zoom Email" presuppose encryption without saying the company applies it.
 */
const ENCRYPTION_AFFIRMED =
  /\b(is|are|be|been|being|was|were|remains?|stays?|gets?)( [\w-]+){0,3} encrypted\b|\bencrypt(s|ing)?\b|\b(use|uses|using|used|use of|with|by|through|via) ([\w'’-]+ ){0,3}encryption\b|\b(in|via|over|through) (an )?encrypted (form|format|connection|channel)s?\b|\b(aes|blowfish|zero[- ]knowledge|448-bit|256-bit|128-bit)\b/i;

/**
 * The encryption a sentence states. A private key is a safeguard only as the key to encrypted data
 * ("a unique private key … used to encrypt communications"): Reddit's "we never store Reddit Vault
 * private key information" is about a crypto wallet's key the user keeps, and encrypts nothing it
 * holds. A sentence that denies encryption is no safeguard ("direct messages are not end-to-end
 * encrypted"), and its quote is the whole sentence: it counts only when it also affirms encryption
 * outright elsewhere ("Storage Data is encrypted and Proctorio does not have the decryption keys
 * to decrypt … in its unencrypted form"), and the value is read from that affirmation, so "we
 * encrypt X but Y is not end-to-end encrypted" is encryption, never end-to-end.
 */
/**
 * The company says it cannot read what it encrypts: "Some services are encrypted and collect data
 * that we are not capable of decrypting under any circumstances" (We Heart It), "Proctorio does
 * not have the decryption keys". The rubric's protective security, said without "end-to-end";
 * until the audit of 2026-12-05 read as encryption alone.
 */
const CANNOT_DECRYPT =
  /\b(we|us)\b( [\w'’-]+){0,3} (are |is )?(not (capable of|able to)|unable to|incapable of|cannot|can['’]t|can not|never) (decrypt\w*|read (the |your )?(encrypted|decrypted) \w+)|\b(do|does|will) not (have|hold|keep|store) (access to )?(the |any |your )?decryption keys?\b/i;
/** The company by its name: "Proctorio cannot decrypt the audio, video …", "DuckDuckGo cannot decrypt and read your chats". */
const NAME_CANNOT_DECRYPT =
  /\b[A-Z][\w-]+ (cannot|can['’]t|can not|is unable to|is not able to) decrypt/;
export const CANNOT_DECRYPT_VALUE = "data it cannot decrypt";
function encryptionStated(s: string): string | null {
  const read = encryptionRead(s);
  const found =
    read && /private/i.test(read) && privateKeyTheSiteStores(s)
      ? first(ENCRYPTION_NO_KEY)(s)
      : read;
  if (!found) return null;
  return CANNOT_DECRYPT.test(s) || NAME_CANNOT_DECRYPT.test(s) || NO_ACCESS_UNENCRYPTED.test(s)
    ? CANNOT_DECRYPT_VALUE
    : // The re-audit of 2027-01-12: "encrypted using secure cryptographic keys under your control".
      (keysHeldByTheUser(s) ?? found);
}

function encryptionRead(s: string): string | null {
  const cipher = /\b(encrypt|decrypt|cipher|cryptograph)/i.test(s) ? ENCRYPTION : ENCRYPTION_NO_KEY;
  const named = first(cipher)(s);
  if (!named || !ENCRYPTION_DENIED.test(s)) return named;
  const affirmed = ENCRYPTION_AFFIRMED.exec(
    s.replace(ENCRYPTION_DENIED_ALL, (d) => " ".repeat(d.length)),
  );
  if (!affirmed) return null;
  const m = cipher.exec(affirmed[0]);
  return m ? asWritten(s, affirmed.index + m.index, m[0]) : null;
}

const INDEFINITE =
  /\b(indefinitely|(retain\w*|kept|keep|stor\w*|held|maintain\w*|remain\w*|preserv\w*) (\w+ ){0,3}forever|(retain\w*|kept|keep|stor\w*|held|maintain\w*) (\w+ ){0,3}permanently|for an unlimited (period|time)|no (set |fixed |specific )?(time )?limit|for as long as we (wish|see fit|deem))\b/gi;
export const INDEFINITE_VALUE = "kept indefinitely";
/** The object of the verb of keeping, just before "indefinitely": "retain blacklists of … threats". */
const KEPT_OBJECT =
  /\b(retain|retains|keep|keeps|store|stores|hold|holds|maintain|maintains|preserve|preserves)\s+((?:[\w'’-]+,? ){1,10})$/i;
/** Data in general or a pronoun standing for what came before: the policy's data, not one kind. */
const ANY_DATA =
  /^((your|all|the|such|this|that|these|those|any|some|our|their|certain) )*((personal|user|account|customer) )?(data|information|info|it|them|this|these|those|that|records|details)(,? (about|of|relating to) (you|users))?$/i;
/** A verb of deletion or loss just before "forever": "gone forever", "erased forever" is deletion for good. */
const GONE_BEFORE =
  /\b(gone|delet\w*|eras\w*|remov\w*|destroy\w*|purg\w*|wiped|lost|disappear\w*|vanish\w*)\b,?( \w+){0,2} $/i;

const ADVERTISING_SHARED = "shared for others' marketing or advertising";
/** The value of every fact of disclosure beyond what the law requires. */
const AT_ITS_JUDGEMENT = "disclosure on the company's own judgement";
/** After partners named only as examples: "Google Analytics, Stripe (as examples)". */
export const EXAMPLES_ONLY = " (as examples)";

/**
 * The policy's own word that its sharing may be a sale under privacy law: "some of the ways in
 * which we share Personal Data for targeted or cross-context behavioural advertising or analytics
 * may be considered “sales” or “sharing”" (Outbrain). The rubric's sale is the company's giving of
 * data for value; when the policy says its giving may be one, it is read as a sale. Not under a
 * condition, a question, a denial or a user's right in the same clause ("To the extent that …
 * constitutes a “sale”", "Whether certain disclosures constitute ‘sale’", "we will not disclose …
 * in ways that are considered a “sale”", "the right to opt out of activities that constitute
 * “sales”"), and only of something given ("disclosures", "transfers", "this processing").
 */
const DEEMED_SALE =
  /\b(considered|deemed|treated as|constitutes?|constituting|qualify as|qualifies as)( to be)?( an?)? ["'“‘]?(sales?|sell|selling)\b/i;
const DEEMED_CLAUSE_BREAK = /[;:]|\b(?:but|however|although|though|even if)\b/gi;
const DEEMED_NOT_STATED =
  /\b(if|whether|not|never|no|unless|extent|rights?|opt|opt-out|request|believe|wish|choose|limit)\b|n['’]t\b/i;
const DEEMED_GIVING =
  /\b(shar\w*|disclos\w*|transfers?|transferring|available|provid\w*|this|these|such|practices?|processing|activities)\b/i;
export const DEEMED_SALE_VALUE = "says some of its disclosures of data may be considered a sale";
function deemedSale(s: string): string | null {
  const m = DEEMED_SALE.exec(s);
  if (!m) return null;
  const before = s.slice(0, m.index);
  const last = [...before.matchAll(DEEMED_CLAUSE_BREAK)].at(-1);
  const clause = last ? before.slice(last.index + last[0].length) : before;
  if (DEEMED_NOT_STATED.test(clause)) return null;
  // The re-audit of 2027-01-13: "Zoom may permit advertising and analytics services … which may
  // constitute a “sale”" (the services' access is what is given).
  if (!DEEMED_GIVING.test(clause) && !adServicesPermitted(clause)) return null;
  return DEEMED_SALE_VALUE;
}

/**
 * A commitment that data stays protected through a business transfer: the buyer bound, or users
 * told. Widened at the re-audit of 2027-01-14: the buyer "requested" (asked) as well as required,
 * and to "follow (abide by, adhere to) the practices described in this Privacy Notice" ("Under such
 * circumstances, we will request the acquiring party to follow the practices described in this
 * Privacy Notice with respect to previously collected information.", CoinDesk).
 */
const SUCCESSOR_BOUND =
  /\b(subject to\b(?! (a |an )?(different|other|another|new|its own|their own|the acquirer['’]s)\b).{0,80}\b(policy|statement|notice|promises|commitments)|bound by(?! (strict |appropriate |the same |similar |customary )?confidentiality)|honou?r (this|the)|(require|request|ask) (the )?(recipient|acquirer|buyer|purchaser|successor|third party|acquiring (entity|company|party))( of (the|your) (data|information))? to (protect|respect|safeguard|honou?r|process|treat|(follow|abide by|adhere to) (the |our )?(practices|terms|commitments|promises|(privacy )?(policy|notice|statement)))|continue to (be )?(protect|apply|govern)|notify you|notice to you|provide (you )?notice|(give|provide) (affected |all )?(you|users|customers|members) (with )?(prior |advance )?(notice|notification)|make an announcement|(will|shall) (always |first |promptly )?(inform|tell|alert) you|(you|users|customers|members)( \w+){0,2} will (be )?(notified|informed)|(policy|statement|notice) (will|shall) (still |continue to )?(apply|govern)|(assign|transfer) (this|our|the) (privacy )?(policy|statement|notice)|choice|opt out(?! of (?:[\w'’-]+ ){0,2}?(?:re-?)?(?:sales?|sell\w*|shar\w*)\b)|(consistent|in accordance|comply) with (this|our|the) (privacy )?(policy|statement|notice)|under the terms of (this|our|the) (privacy )?(policy|statement|notice)|(only )?for the purposes? for which (it|they|the data|the information) (was|were) (originally )?(supplied|provided|collected)|(only in the manner |(only for the|for the same) purposes (as )?)(disclosed|described|set out|set forth|stated) in (this|our|the) (privacy )?(policy|statement|notice))\b/i;
/**
 * The buyer held to the policy's uses in other words: "If a change happens to our business, then
 * the new owners may use your personal data in the same way as set out in this privacy notice"
 * (Stack Overflow; concerning until the audit of 2026-12-08). Not the policy's description alone,
 * "your information may be transferred as described in this Privacy Policy".
 */
const SAME_USE_AS_POLICY =
  /\b(in the same (way|manner)|to the same extent|on the same terms)( as)? (is |are )?(set out|set forth|described|stated|disclosed|explained|outlined|provided) in (this|our|the) (privacy )?(policy|statement|notice)\b/i;
/**
 * Notice only if the law requires it is no commitment of the company's: "In this case, we may
 * notify you if applicable law requires" (Forbes, after its sentence on a merger).
 */
const ONLY_NOTICE_THE_LAW_REQUIRES =
  /\b(may|might|can|could) notify you\b.{0,20}\b(if|where|when|as|to the extent)\b.{0,30}\b(law|laws|legally)\b.{0,12}\b(requires?|required|permits?|permitted)\b/i;
/**
 * The company's word that the data stays confidential through the transfer, without saying the
 * buyer is bound: "In that case, we will continue to ensure the confidentiality of your
 * information" (W3Schools, after "Suppose W3Schools is involved in a merger …"), "Nord will take all
 * reasonable measures to ensure the confidentiality of your personal data" (NordVPN), "subject to
 * standard confidentiality arrangements" (Miro).
 */
const KEPT_CONFIDENTIAL =
  /\b(continue to|will|shall|measures to|steps to|efforts to) (ensure|protect|maintain|preserve|safeguard) the confidentiality of (your|the|all|such|any) (\w+ )?(information|data)\b|\b(continue to|will|shall) keep (your|the|all|such) (\w+ ){0,2}(information|data) confidential\b|\bensure (that )?(strict |appropriate )?confidentiality (measures|obligations|protections)\b|\bsubject to (standard |appropriate |customary |strict )?confidentiality (arrangements|agreements|obligations|undertakings)\b/i;
export const KEPT_CONFIDENTIAL_VALUE = "confidentiality kept through the transfer";

/**
 * Consent the company seeks: "obtain your consent", "seek your prior consent", "with your consent",
 * "a choice as to whether". Not consent in general ("Even with consent, any changes your app makes
 * must be easily reversible", Google Play's rules for developers) nor a user's "opt-in consent"
 * at registration (Dailymotion).
 */
const CONSENT_TO_CHANGES =
  /\b((obtain|seek|ask for|request|get) (your )?|with your )(prior |express |explicit |affirmative |opt-in )*consent\b|\b(obtain|seek|ask for|request|get) (your )?opt[- ]in\b|\bchoice as to whether\b|\b(asked|ask you|requested) to\b.{0,60}\b(provide|give|grant) (your )?consent\b|\b(not|never) (\w+ ){0,2}(reduce|diminish|restrict|limit) (your|users['’]?) rights\b.{0,60}\bwithout (first )?(obtaining |getting |receiving )?(your |their )?(prior |express |explicit |affirmative )*consent\b/i;
/**
 * Consent only where the law requires it is the minimum, not more: "where required by applicable
 * law, we will obtain your consent" (National Geographic, Last.fm), "as required by applicable law,
 * notify you, seek your consent and/or take any other measures" (Wix), "(and, where necessary,
 * obtain consent)" (Cloudflare), "ask for Your consent if necessary" (Olvid).
 */
const CONSENT_ONLY_IF_REQUIRED =
  /\b(where|when|if|as|to the extent)( and (where|when|to the extent))?( it is| this is| legally| so)? (necessary|required|needed)\b|\b(required|requires?|mandated|permitted) by (applicable |the |local )?(\w+ )?(laws?|regulations?)\b|\b(where|when|if) (the |applicable )?(\w+ )?laws? requires?\b|\blegally required\b|\bif necessary\b|\bin accordance with (applicable )?law\b/i;
export const CONSENT_IF_REQUIRED_VALUE = "consent sought where the law requires it";
/** Changes to something other than the policy: "whenever we make significant changes to our cookies" (Pornhub). */
const CHANGES_TO_SOMETHING_ELSE =
  /\bchanges? (to|in) (our |your |the |its )?(cookies?|apps?|products?|services?|features?|settings|site|website)\b(?!.{0,80}\b(polic(y|ies)|statement|notice)\b)/i;

const legalProcessNamed = first(
  /\b(subpoenas?|court orders?|search warrants?|(?<!\b(?:you|we|they|i|and|hereby|also) )warrants?(?! (it|this|that|them|such|further|an?|the|to)\b)|valid legal process|legal process)\b/i,
);
const KEPT_NOT_GIVEN = /\b(retain\w*|keep|keeps|kept|stor(e|es|ed|ing))\b/i;
const GIVEN_OR_ANSWERED =
  /\b(disclos\w*|shar(e|es|ed|ing)|provid\w*|releas\w*|produc\w*|respond\w*|hand\w* over|turn\w* over|giv(e|es|en|ing)|transfer\w*|access\w*|preserv\w*)\b/i;

/** A contract with the user as the legal basis of processing, not one that binds a provider. */
const CONTRACT_AS_LEGAL_BASIS =
  /\b(?:(?:the )?performance of (?:a|the|our|your|this) contract|contract(?:ual)? performance|(?:necessary )?to perform (?:a|the|our|your) contract)\b/gi;

/**
 * A sentence that names service providers or agents without the company giving them data: what
 * the user's internet provider sees or a list of data that names it ("internet service provider,
 * mobile network", W3Schools), data the company receives from them ("We receive information
 * about you from our sub-processors", "Our service providers may provide us with information",
 * Kraken), the company itself acting as a processor ("GitHub functions as a Data Processor"), or
 * an authorised agent acting for the user ("Authorized agents can also submit opt-out requests").
 * Since the second reading of 2027-01-20 the data received may be named at more length before its
 * source ("We may also receive information, including contact, account, order, payment, and
 * activity information, from our vendors and business partners", Instacart), or in the passive
 * ("information provided to us by our payment processors and partners", Instacart).
 */
// Since the second reading of 2027-01-27 also a network service provider
// ("the type of device, operating system, network service provider", Pinterest).
const NOT_SHARING_WITH_PROVIDERS = new RegExp(
  `${CONNECTION_PROVIDER.source}|` +
    /\b(receiv\w*|obtain\w*|get)\b.{0,120}\bfrom\b|\bprovided to us by\b|\b(provides?|give|gives|send|sends) us( with)? (\w+ ){0,3}(information|data|details)\b|\b(is|are|acts? as|functions? as|serves? as|considered as|considered an?) (a |an |the )?(data )?(processor|service provider)\b|\bauthori[sz]ed agents?\b(?!.{0,150}\bon our behalf\b)/
      .source,
  "i",
);
/** The company gives data to providers in the same sentence: then it is sharing whatever else the sentence says. */
const PROVIDERS_GIVEN =
  /\b(share[sd]?|sharing|disclos(e|es|ed|ing)|transfer(s|red|ring)?|make available|made available|provide (it|them|your|personal|such|this)|give (them )?access)\b.{0,80}\b(service providers?|vendors?|contractors|processors?|sub-?processors?)\b|\b(service providers?|vendors?|contractors|processors?|sub-?processors?)\b.{0,60}\b(access|receive|process\w*|host\w*|stor\w*) (your |personal |the |such |this )?(data|information)\b/i;

/**
 * The company denies giving data for marketing: the denial governs the verb of giving, at most
 * three words before it ("do not knowingly sell", "cannot be disclosed"), so a policy's scope
 * ("This policy does not cover data that is collected, used or disclosed through the Trade Desk’s
 * advertising technology platform") or a disclaimer ("Waze is not responsible for products or
 * services provided by advertisers") denies nothing; nor does the user's own giving ("If you do
 * not provide the necessary Personal Information you will not be able to become an Advertising
 * Customer").
 */
const NO_MARKETING_SHARING =
  /(?<!\byou (?:\w+ )?)\b(not|never|won['’]t|don['’]t|doesn['’]t|cannot|can['’]t)\b (?:[\w,'’-]+ ){0,3}?(share|disclose|provide|rent|sell)\w*\b.{0,80}\b(marketing|advertis\w*|promotional)\b/i;

/**
 * Deletion asked for or granted by its noun: "you have the right to access, correct, and request
 * deletion of your data" (Rubicon Project), "the right to request the immediate erasure of your
 * personal data" (BankID), "the right to access, to rectify, to erasure, to object" (noyb), "a
 * request related to access, modification, or deletion of your information" (X), and a right
 * listed as the user says it, "Delete my Personal Information" (GM's list of the rights it
 * offers). Until the audit of 2026-12-05 only the verb was read, so these read "users can see and
 * correct their data", one step short of the rubric's protective.
 */
const DELETION_BY_NOUN = `\\b(request|requesting|ask for|obtain) (the )?(immediate |permanent |prompt )?(deletion|erasure) of ${USERS_DATA}|(?<!\\breserves? the )\\bright (of|to) ((to )?[\\w-]+( [\\w-]+)?, ){1,6}(and |or )?(to )?(request )?(erasure|deletion|delete|erase)\\b|\\b(request|requesting) (access|rectification|correction|portability)(, [\\w-]+){0,5},? (and |or )?(deletion|erasure)\\b|\\brequests? (for|related to|regarding|concerning|about) (data )?([\\w-]+, ){0,5}([\\w-]+,? )?(or |and )?(deletion|erasure)\\b|^(request to )?(delete|erase) my (personal )?(data|information)[.;]?$`;
const REQUEST_COUNTS = /\b(metrics|number of|statistics)\b.{0,80}\brequests?\b/i;
/**
 * Data kept despite a deletion request: "We may continue to retain your information … even after you
 * request deletion of your data if …" (OpenSea). Only where the keeping goes on ("continue to",
 * "still") or holds "even" against the request: "We store your information securely, and if you
 * request deletion of your data we will delete it within 30 days" still offers the right.
 */
const RETAINED_DESPITE_DELETION =
  /\b(continue to|still) (retain|keep|store|maintain|hold|preserve)\w{0,3}\b[^.;]{0,80}?\b(even )?(after|if|when|though|although|despite) you (have )?(request|ask for|asked for|requested)\w{0,2} (the )?(deletion|erasure)\b|\b(retain|keep|store|maintain|hold|preserve)\w{0,3}\b[^.;]{0,80}?\beven (after|if|when|though) you (have )?(request|ask for|asked for|requested)\w{0,2} (the )?(deletion|erasure)\b/i;
/** A right of deletion granted before the caveat: "You may request deletion …, although we may still retain …". */
const DELETION_GRANTED_BEFORE =
  /\b(?:you|users?|customers?)\b[^.;]{0,40}?\b(?:may|can|have the right to|are entitled to|are able to)\b[^.;]{0,40}?\b(?:request|ask for|obtain|have)\b[^.;]{0,20}?\b(?:deletion|erasure|deleted|erased)\b|\bright (?:to|of) (?:erasure|deletion)\b/i;
/** Data kept despite a request, where no right of deletion was granted before it in the sentence. */
function retainedDespiteDeletion(s: string): boolean {
  const m = RETAINED_DESPITE_DELETION.exec(s);
  return !!m && !DELETION_GRANTED_BEFORE.test(s.slice(0, m.index));
}
const unlessRetainedDespiteDeletion =
  (read: (s: string) => string | null) =>
  (s: string): string | null =>
    retainedDespiteDeletion(s) ? null : read(s);
/**
 * Correction in a request that names deletion too: "All requests for data addition, correction,
 * or deletion should be sent by email to …" (Project Gutenberg), "To submit a request related to
 * access, modification, or deletion of your information" (X). A request for access alone may be
 * another's ("law enforcement requests for access"), so deletion must be in the same list.
 */
const CORRECTION_IN_A_REQUEST = `\\brequests? (for|related to|regarding|concerning|about) (data )?([\\w-]+, ){0,5}(access|correction|rectification|modification|amendment)(,? [\\w-]+){0,4},? (or|and) (deletion|erasure)\\b`;

/**
 * Access or correction asked for in the policy's list of rights, by a noun or a request with no
 * "you": "Request correction of the personal data that we hold about you" (Mailjet), "request to
 * update or correct your personal information;" (National Geographic), "ask that we update the
 * personal information we hold about you" (WordPress.org), "request a copy of the information we
 * hold about you". Asked by the user, as a right or an item of the list of rights (the start of a
 * line), never by another ("authorities may request access to your data"); the object must be the
 * user's data. Until the audit of 2026-12-06 only "you may
 * correct …" was read, so these read one step short of the rubric's protective.
 */
const RIGHT_ASKED = `(?:^|\\n|\\b(?:you|users?) (?:may |can |have the right to |are entitled to )|\\bright (?:to|of) )(?:[·•▪*-] *)?`;
const CORRECTION_BY_NOUN = `${RIGHT_ASKED}(request|requesting|ask for|obtain|receive) (the )?(access to|correction of|rectification of|amendment of|(a )?cop(y|ies) of) (the |all |any )?${USERS_DATA}|${RIGHT_ASKED}(request|ask)(ing)? (to|that we|us to) ((update|correct|rectify|amend|access|review) (or|and|and/or) )?(update|correct|rectify|amend|access|review) (the |all |any )?${USERS_DATA}`;
/**
 * The last of a list of things the user may do: "you may log in and access your data, correct
 * whatever information you deem to be incorrect, opt out of …, or delete your account" (Imgur).
 */
const DELETION_LAST_IN_A_LIST = `\\b(you|users?) (may|can(?!['’]t|not))\\b.{0,160}, (and |or )(delete|erase|remove) (your|their) (\\w+ )?(account|data|information|profile)\\b`;

/**
 * Rights said in the forms the audit of 2026-12-07 found unread (ten policies' access one step short
 * of the rubric's protective). The user's lead: a line's start (a list of rights), "you may/can/
 * have …", a right (not one the company reserves), an ability or tools offered to the user.
 */
const USER_LEAD = `(?:^|\\n|\\b(?:you|users?|customers?|members?) (?:may(?! not)|can(?!['’]t|not)|have(?! no)|are able|are entitled)\\b(?:(?!\\b(?:not|never|unable)\\b|n['’]t\\b).){0,80}?|(?<!\\breserves? the )\\bright (?:to|of) |\\b(?:you|users?)\\b.{0,40}?\\b(?:abilit(?:y|ies)|tools?|options?) to )(?:[·•▪*-] *)?(?:to )?`;
const SEE_OR_CORRECT =
  "(?:access|view|review|see|correct|update|rectify|amend|modify|edit|download|export|port)";
/** "manage" only after a verb of seeing: "users can manage and delete their data" is a developer's duty (Google Play). */
const SEE_OR_CORRECT_OR_MANAGE =
  "(?:access|view|review|see|correct|update|rectify|amend|modify|edit|manage|download|export|port)";
/** What is deleted, before any place it is deleted in ("remove many third party connections under ‘Apps’ in your account", Spotify). */
const DELETED_DATA =
  "(?:(?!(?:in|from|under|within|on|through|via|at|by) )[\\w,'’-]+ ){0,6}?(?:data|information|account|profile)\\b";
/**
 * Deletion as the last of the user's verbs of seeing or correcting: "the right to access, update
 * or to delete the information we have on you" (Alpha Vantage), "to correct, update or erase any
 * unnecessary, incorrect or obsolete information" (Frank), "tools to view, manage, download and
 * delete your information" (Instagram, Facebook), "the ability to review, correct, and delete
 * personal information" (Vanco), a list's item "review, correct, update or delete the personal
 * information you have supplied us with" (Watch Hockey). The same words give both rights: the
 * deletion, and the seeing or correcting of the verbs before it.
 */
const DELETION_AFTER_CORRECTION = `${USER_LEAD}${SEE_OR_CORRECT}\\w*(?:,? (?:and |or |and\\/or )?(?:to )?${SEE_OR_CORRECT_OR_MANAGE}\\w*){0,5},? (?:and |or |and\\/or )(?:to )?(?:delete|erase|remove) ${DELETED_DATA}`;
/**
 * Deletion or correction asked for in the passive: "to ask that your personal data be corrected,
 * erased, or transferred" (Revcontent), "to request that your personal data is rectified or
 * deleted" (Overleaf).
 */
const ASKED_TO_BE = `\\b(?:ask|request|require)\\w* (?:that )?${USERS_DATA} (?:be|is|are) (?:[\\w-]+,? ){0,4}?(?:and |or )?`;
const DELETION_ASKED_PASSIVE = `${ASKED_TO_BE}(?:deleted|erased|removed)\\b`;
const CORRECTION_ASKED_PASSIVE = `${ASKED_TO_BE}(?:corrected|rectified|updated|amended)\\b`;
/**
 * Deletion and correction asked for by nouns after "request the": "You can request the correction,
 * deletion and restriction of the processing (blocking) of your personal data" (Deutsche Bahn);
 * deletion after information asked about, "the right to obtain information about the data stored
 * about the user, to delete or block such data" (The Reach Group).
 */
const REQUEST_THE = `\\b(?:you|users?) (?:may|can|have the right to) (?:request|ask for|obtain) the `;
const DELETION_REQUESTED_BY_NOUNS = `${REQUEST_THE}(?:access|rectification|correction|amendment|portability)(?:, [\\w-]+){0,5},? (?:and |or )?(?:deletion|erasure)\\b|(?<!\\breserves? the )\\bright (?:to|of) (?:obtain|request|receive|get) information\\b.{0,80}, (?:and |or )?to (?:delete|erase|remove)\\b`;
const CORRECTION_REQUESTED_BY_NOUNS = `${REQUEST_THE}(?:rectification|correction|amendment)\\b(?:,? (?:and |or )?[\\w-]+){0,5}.{0,60}\\bof ${USERS_DATA}`;
/**
 * Access as information asked about what is kept: "You can request information to find out if and
 * what information is stored about you" (Deutsche Bahn), "You can obtain information about the
 * data we have stored about you at any time" (The Reach Group).
 */
const ACCESS_AS_INFORMATION = `(?:\\b(?:you|users?) (?:may|can|have the right to) |(?<!\\breserves? the )\\bright (?:to|of) )(?:request|obtain|receive|get) information (?:to find out )?(?:about|on|whether|if|as to)\\b.{0,60}\\b(?:stored|held|hold|processed|process|collected|have) about (?:you|the user)\\b`;
/**
 * Deletion on request said as a wish: "if you would like us to delete it, please send us an email
 * and we would be happy to delete it" (WinEveryGame), "If you wold like us to delete your personal
 * data …, please contact us by email" (Frank, the policy's spelling).
 */
const DELETION_WISHED = `\\bif you (?:wo?u?ld|['’]d) like us to (?:delete|erase|remove)\\b.{0,120}\\b(?:contact|e-?mail|write to|send)`;

/**
 * Rights of access, correction and deletion in the wordings the history audit of 2026-12-09 found
 * flipping a version's access rating on a rewording (the same rights stated before and after):
 * a right named with no "you" ("The right of access also includes the right to receive a copy of
 * the data", Gumb; "These rights may include the right to request access, deletion, and
 * correction of personal data", The Trade Desk); a list's item that is a bare verb ("Correct
 * inaccurate information we have about you.", CoinDesk); the passive ("Personal data can be
 * viewed and corrected in the “Bolt Driver Portal”", Bolt); verbs of seeing, correcting and
 * deleting in a row ("you can access, correct, delete, or object to our use of it", Paradox); the
 * data after a pronoun or a second verb ("want to request its rectification, deletion", Tinder;
 * "request that we update or delete/deactivate certain information pertaining to you", Logitech);
 * requests named by their kinds ("to process your access, deletion, and correction requests",
 * Zoom); "the right to have information held about you corrected" and "a request for a copy of the
 * personal data" (Vodafone Ireland). Read by extractors of their own after the rules above, for a
 * sentence those rules did not read.
 */
const NOT_THE_USERS_RIGHT =
  /\b(?:employees|personnel|staff|administrators?|authori[sz]ed (?:persons|people|individuals)|authorities|regulators?|we|us)\b.{0,30}\bright (?:of|to)\b|\breserves? the right to (?:access|correct|rectify|update|amend|modify|edit|review|delete|erase|remove)\b/i;
const SEEN_OR_CORRECTED_VERB =
  "(?:viewed|accessed|reviewed|seen|corrected|updated|edited|amended|rectified)";
const RIGHTS_REWORDED_CORRECTION = new RegExp(
  [
    // A right named: "the right of access", "the right to: ● access, rectify …".
    `\\bright (?:of|to):? ?(?:[●·•▪*-] *)?(?:request |obtain |receive )?(?:access|rectification|correction|rectify|correct)\\b(?! (?:to )?(?:the |our )?(?:services?|site|website|app|platform|premises|offices?)\\b)`,
    // A list's item, a bare verb and the user's data: "Correct inaccurate information we have about you."
    `^(?:[●·•▪*-] *)?(?:access|correct|rectify|amend)\\b(?! to\\b)(?!,? (?:and |or )?(?:use|utili[sz]e|process|share|disclose|store|transfer)\\b)[^.;]{0,80}?\\b(?:(?:your|my|such) (?:[\\w-]+ ){0,2}(?:data|information)|(?:information|data) (?:we (?:have|hold|keep|maintain|process|collect\\w*)|about you))\\b`,
    // The passive, with a verb of correcting: "Personal data can be viewed and corrected in …".
    `\\b(?:data|information|details|profile)\\b.{0,40}?\\b(?:can|may) be ${SEEN_OR_CORRECTED_VERB}(?:,? (?:and |or |and\\/or )?${SEEN_OR_CORRECTED_VERB}){0,3}\\b(?<=(?:corrected|updated|edited|amended|rectified))(?! by (?:us|our|the company|other|third)\\b)`,
    // Seeing, correcting and deleting in a row: "you can access, correct, delete, or object to …".
    `\\b(?:you|users?) (?:can|may|have the right to) (?:access|view|review|see),? (?:and |or )?(?:correct|update|rectify|amend|edit),? (?:and |or )?(?:delete|erase|remove)\\b`,
    // After a pronoun: "… want to request its rectification, deletion, …".
    `\\b(?:you|users?)\\b.{0,120}?\\brequest (?:its|their) (?:rectification|correction|amendment)\\b`,
    // "the right to have information held about you corrected".
    `\\b(?:you|users?) (?:have|has) the right to have (?:[\\w-]+ ){0,6}?(?:corrected|rectified|amended)\\b`,
    // "the right to make a request for a copy of the personal data that … holds about you".
    `\\b(?:you|users?)\\b.{0,60}?\\brequest for (?:a )?cop(?:y|ies) of (?:the |all |any )?${USERS_DATA}`,
    // "your access, deletion, and correction requests".
    `\\byour (?:access|correction|rectification)(?:,? (?:and |or )?(?:access|correction|deletion|rectification|erasure)){1,3} requests\\b`,
  ].join("|"),
  "i",
);
const RIGHTS_REWORDED_DELETION = new RegExp(
  [
    // After a pronoun: "… want to request its rectification, deletion, object to …".
    `\\b(?:you|users?)\\b.{0,120}?\\brequest (?:its|their) (?:[\\w-]+, ){0,4}(?:and |or )?(?:deletion|erasure)\\b`,
    // After another verb: "request that we update or delete/deactivate certain information …".
    `\\b(?:you|users?)\\b.{0,40}?\\b(?:request|ask) (?:that )?(?:we|us to) (?:update|correct|amend|modify|change|rectify),? (?:or |and |and\\/or )(?:delete|erase|remove)\\b`,
    // A right named with a verb or after another: "The right to erase your personal data"
    // (Uschovna), "Right to correction or deletion" (GraphCMS).
    `\\bright to erase\\b|\\bright (?:of|to) (?:access|correction|rectification)(?:,? (?:and |or |and\\/or )?(?:access|correction|rectification))?,? (?:and |or |and\\/or )(?:deletion|erasure)\\b`,
    // Requests named by their kinds: "your access, deletion, and correction requests".
    `\\byour (?:access|correction|rectification|deletion|erasure)(?:,? (?:and |or )?(?:access|correction|deletion|rectification|erasure)){1,3} requests\\b(?<=(?:deletion|erasure)\\b.{0,40})`,
  ].join("|"),
  "i",
);
/**
 * Rights of access, correction and deletion in the wordings the audit of 2026-12-10 found unread
 * (seven access findings neutral where the policy grants both): "update and correct inaccuracies
 * in your Personal Data, … and have the information blocked, anonymized or deleted" (Bandcamp);
 * "to have us delete certain personal information" (Xfinity); "the right to require from Freja eID
 * Group access, correction or deletion of your personal data" (Freja eID); a list's item "Request
 * Deletion, Anonymization or Blocking of personal information" (Bluesky); "you can access, review,
 * and delete your recordings" (Google Nest, data named as recordings or footage); "request an
 * archive of the information we've collected about you, or … request that we remove any
 * information" (SourceHut); "give you access to your personal information" and the bare item
 * "Delete your personal information." (Zora).
 */
const SEE_THEN_DELETE_RECORDS =
  "\\b(?:you|users?) (?:can|may) (?:access|view|review|see)(?:,? (?:and |or )?(?:access|view|review|see|manage)){0,2},? (?:and |or )(?:delete|erase|remove) (?:your |this |these |the |stored |any )(?:[\\w-]+ ){0,2}?(?:recordings|footage|history|activity)\\b";
const RIGHTS_AUDIT_1210_CORRECTION = new RegExp(
  [
    `\\bcorrect (?:any )?inaccurac(?:y|ies) in (?:your|the|their) (?:personal )?(?:data|information)\\b`,
    `\\bgive (?:you|users?) access to (?:your|their) (?:personal )?(?:data|information)\\b`,
    `\\brequest (?:an? )?(?:archive|copy|export) of (?:the |all |any )?(?:personal )?(?:data|information) (?:that )?(?:we(?: have|['’]ve)? (?:collected|hold|store|process)|about you)\\b`,
    SEE_THEN_DELETE_RECORDS,
  ].join("|"),
  "i",
);
const RIGHTS_AUDIT_1210_DELETION = new RegExp(
  [
    `\\bright to\\b[^.]{0,600}?\\bhave (?:the |your |such |this |that )?(?:personal )?(?:data|information)(?:,? (?:and |or )?[\\w-]+){0,4}?,? (?:and |or |and\\/or )?(?:deleted|erased|removed)\\b`,
    `\\b(?:requests?|right|ask) to\\b[^.;]{0,120}?\\bhave us (?:delete|erase|remove)\\b`,
    `\\bright to (?:require|request|demand|ask for|obtain)\\b[^.;]{0,60}?\\b(?:access|correction|rectification|amendment)(?:,? (?:and |or |and\\/or )?(?:access|correction|rectification|amendment)){0,3},? (?:and |or |and\\/or )(?:deletion|erasure) of (?:your|the) (?:personal )?(?:data|information)\\b`,
    `^(?:[●·•▪*-] *)?request (?:the )?(?:deletion|erasure)\\b(?:,? (?:and |or )?[\\w-]+){0,3} of (?:your |the |any )?(?:personal )?(?:data|information)\\b`,
    `\\b(?:request|ask) (?:that )?(?:we|us to) remove (?:any |all |the |your )?(?:personal )?(?:data|information)\\b`,
    `^(?:[●·•▪*-] *)?(?:delete|erase) (?:your|my) (?:personal )?(?:data|information)\\b`,
    SEE_THEN_DELETE_RECORDS,
  ].join("|"),
  "i",
);
const COOKIES_KEEP_LOGIN =
  /\bcookies?\b[^.;]{0,80}?\b(?:long-lived|remember that you(?:['’]re| are) (?:logged|signed) in|keep you (?:logged|signed) in)\b/i;
/** A sentence the first extractor of a kind already reads (so the same fact is not kept twice). */
function readByFirstRule(kind: FactKind, s: string, policy: PolicyWords): boolean {
  const first = EXTRACTORS.find((x) => x.kind === kind);
  if (!first) return false;
  if (first.when && !first.when.test(s)) return false;
  if (first.unless?.test(s)) return false;
  return Boolean(first.value(s, policy, "", { recourse: false, confinedRecourse: false }));
}
/** `value` for a sentence `reads` finds, unless the first rule of the kind already reads it. */
const firstReadingOf =
  (kind: FactKind, reads: (s: string) => boolean, value: string) =>
  (s: string, policy: PolicyWords) =>
    reads(s) && !readByFirstRule(kind, s, policy) ? value : null;
/** What `read` finds in a sentence, unless the first rule of the kind already reads it. */
const firstFindingOf =
  (kind: FactKind, read: (s: string) => string | null) => (s: string, policy: PolicyWords) =>
    readByFirstRule(kind, s, policy) ? null : read(s);
/** Rights that cannot be exercised, or a table's counts of requests ("Correct My Personal Information — 18 — 0"). */
const RIGHTS_NOT_OFFERED =
  /\b(?:cannot|can ?not|may not|will not|won['’]t) be (?:enforced|exercised|honou?red)\b|—\s*\d+\s*—/i;
const rightsReworded =
  (kind: FactKind, re: RegExp, value: string) => (s: string, policy: PolicyWords) =>
    !NOT_THE_USERS_RIGHT.test(s) &&
    !RIGHTS_NOT_OFFERED.test(s) &&
    re.test(s) &&
    !readByFirstRule(kind, s, policy)
      ? value
      : null;

const RIGHT_READ_AS = {
  "deletion-right": "data can be deleted on request",
  "correction-right": "data can be seen and corrected",
} as const;
/**
 * A right in one audit's further words (each audit added a set), on a sentence no earlier set
 * reads: its own words are tried first, so the earlier sets cost nothing on most sentences.
 */
function rightInFurtherWords(
  kind: keyof typeof RIGHT_READ_AS,
  own: RegExp,
  earlier: RegExp[] = [],
  notHere?: RegExp,
): Extractor {
  const read = rightsReworded(kind, own, RIGHT_READ_AS[kind]);
  const ownMayMatch = screen(own);
  return {
    kind,
    practice: "access",
    when: RIGHTS_WORDS,
    unless: REQUEST_COUNTS,
    value: (s, policy) =>
      !ownMayMatch(s) || !own.test(s) || earlier.some((r) => r.test(s)) || notHere?.test(s)
        ? null
        : read(s, policy),
  };
}

/**
 * A business transfer named by a defined term, "any Business Transaction that our business decides
 * to enter into. We’ll notify you … of any Business Transaction involving your personal data"
 * (Grammarly, 2024): the history audit of 2026-12-09 found its business-transfer rating moving
 * between versions with the same notice, as the sentence before named "merger" or not.
 */
const BUSINESS_TRANSACTION_TERM =
  /\b(?:business|corporate|strategic) (?:business )?transactions?\b/i;
/**
 * The buyer's keeping to the policy disclaimed: "we cannot promise that an acquiring party or the
 * merged entity will have the same privacy practices or treat information about you in the same
 * way as described in this Privacy Policy" (CoinDesk, until 2026) is no commitment.
 */
const SUCCESSOR_NOT_PROMISED =
  /\b(?:cannot|can ?not|can['’]t|do(?:es)? not|don['’]t|unable to) (?:promise|guarantee|assure|ensure|warrant)\b/i;
const successorBoundByTerm = (s: string, policy: PolicyWords) =>
  (SUCCESSOR_BOUND.test(s) || SAME_USE_AS_POLICY.test(s)) &&
  !ONLY_NOTICE_THE_LAW_REQUIRES.test(s) &&
  !readByFirstRule("successor-bound", s, policy)
    ? "users notified or successor bound by the policy"
    : null;

/**
 * Data given to advertisers named as the trade calls them: "We provide ad companies with
 * information that allows them to serve you with more useful and relevant IMDb ads" (IMDb until
 * 2023, read from "ad-serving companies, ad networks and advertising companies" after), "we share
 * information with advertising technology companies present on our websites who combine that
 * information …" (Verizon, 2024–2025): the history audit of 2026-12-09 found both companies'
 * ratings moving between versions that say the same. The company gives (not receives); the
 * giving is not denied before the recipients ("We never share your name … with ad companies").
 */
const GIVEN_TO_AD_COMPANIES =
  /\b(?:we|us)\b[^.;]{0,30}?\b(?:provide|give|share|disclose|pass|send|make available)(?:s|d|ing)?\b[^.;]{0,60}?\b(?:ad|advertising)[- ](?:companies|serving companies|tech(?:nology)? (?:companies|vendors|partners|providers))\b/i;
const AD_GIVING_DENIED = /\b(?:not|never|no|nor)\b|n['’]t\b/i;
const givenToAdCompanies = (s: string, policy: PolicyWords) => {
  const m = GIVEN_TO_AD_COMPANIES.exec(s);
  return m &&
    !AD_GIVING_DENIED.test(m[0]) &&
    /\b(?:information|data|identifiers|IDs)\b/.test(s) &&
    !readByFirstRule("advertising-sharing", s, policy)
    ? ADVERTISING_SHARED
    : null;
};

/**
 * The audit of 2026-12-10: data the company gives for an advertising partner's use, "we may share
 * information such as your email address or resettable device identifier for that advertising
 * partner to “match” to other information" (Twitch), or to the third parties the sentence before
 * named for serving ads, "We may share with these third parties (or they may directly collect)
 * data such as cookie and mobile ad identifiers in order to engage in advertising activity"
 * (Twitch, after "Twitch may also work with third-party ad networks, advertisers, …"). Not denied
 * ("we do not share … for advertising partners to …").
 */
const GIVEN_FOR_ADVERTISERS_USE =
  /\bwe\b[^.;]{0,30}?\b(?:share|provide|disclose|send|pass)(?:s|d)?\b(?:[^.;]{0,100}?\bfor (?:that|the|an?|our|each|these|those) (?:advertising|ad) partners? to\b| with (?:these|those|such) (?:third parties|partners|companies)\b[^.;]{0,150}?\b(?:to|in order to) (?:engage in advertising|serve (?:you )?(?:relevant |targeted |personali[sz]ed |interest[- ]based )?(?:ads|advertisements|advertising))\b)/i;
const givenForAdvertisersUse = (s: string, policy: PolicyWords) => {
  const m = GIVEN_FOR_ADVERTISERS_USE.exec(s);
  return m &&
    !AD_GIVING_DENIED.test(m[0]) &&
    !GIVEN_TO_AD_COMPANIES.test(s) &&
    !readByFirstRule("advertising-sharing", s, policy)
    ? ADVERTISING_SHARED
    : null;
};

/**
 * A feature's name in a list of data collected is no safeguard: "How you interact with others on
 * the platform, such as …, metadata related to Encrypted Messages, and when you use Direct
 * Messages" (X): the history audit of 2026-12-09 found its security rating moving as the clause
 * came and went. Case-sensitive: the name is capitalized, and it follows data said to be about it.
 */
const ENCRYPTION_AS_A_NAME =
  /\b(?:metadata|data|information) (?:related to|about|of|from|for) (?:your )?(?:use of )?(?:[A-Z]\w+ )?Encrypted [A-Z]\w+/;

/** Words of legal disclosure: law, authorities, legal process, claims, or protecting rights and safety. */
const LEGAL_DISCLOSURE_WORDS =
  /\b(laws?|legal\w*|lawful\w*|unlawful|authorit(y|ies)|government\w*|police|courts?|subpoenas?|warrants?|regulat\w*|enforce\w*|comply|complian\w*|requests?|demands?|judicial|prosecut\w*|investigat\w*|rights|safety|liability|fraud\w*|claims?|protect\w*|officials)\b/i;

/**
 * Words one of the user's rights over their data is said in — a verb of seeing, correcting,
 * deleting or taking a copy, or a request, a right or an entitlement: the later rights rules,
 * each read over every sentence, are tried only on a sentence with one (reading speed).
 */
const RIGHTS_WORDS =
  /\b(access\w*|correct\w*|rectif\w*|updat\w*|amend\w*|modif\w*|review\w*|edit\w*|view\w*|chang\w*|download\w*|export\w*|port\w*|delet\w*|eras\w*|remov\w*|cop(y|ies)|inspect\w*|see|know|obtain\w*|block\w*|anonymi\w*|request\w*|ask\w*|rights?|entitle\w*|inquir\w*|enquir\w*)\b/i;

/**
 * A rule that adds what no earlier rule of its kind reads: the value `read` finds in a sentence,
 * unless a rule before it in EXTRACTORS already reads the sentence as that kind of fact.
 */
function addedRule(
  rule: Omit<Extractor, "value"> & { read: (s: string, soFar: ClauseSoFar) => string | null },
): Extractor {
  const { read, ...rest } = rule;
  const self: Extractor = {
    ...rest,
    value: (s, policy, _previous, soFar) => {
      const value = read(s, soFar);
      return value && !readByAnEarlierRule(rule.kind, s, policy, self, soFar) ? value : null;
    },
  };
  return self;
}
/** A rule that states one fact, `value` of `kind`, in each sentence where `reads` holds. */
const statedWhere =
  (kind: FactKind, practice: PracticeSlug, value: string) =>
  (when: RegExp, reads: (s: string, soFar: ClauseSoFar) => boolean, unless?: RegExp): Extractor =>
    addedRule({
      kind,
      practice,
      when,
      ...(unless && { unless }),
      read: (s, soFar) => (reads(s, soFar) ? value : null),
    });
/** A rule of `kind` whose fact is what `read` finds in the sentence, gated on `when`. */
const readWhere =
  (kind: FactKind, practice: PracticeSlug) =>
  (when: RegExp, read: (s: string, soFar: ClauseSoFar) => string | null): Extractor =>
    addedRule({ kind, practice, when, read });
/** Third-party tracking said in words a rule of its own reads. */
const trackingWhere = readWhere("third-party-tracking", "cookies");
const ONLY_UNDER_LEGAL_PROCESS = "disclosed only under legal process";
/** Disclosure to the authorities only under legal process. */
const onlyUnderLegalProcessWhen = statedWhere(
  "process-required",
  "law-enforcement",
  ONLY_UNDER_LEGAL_PROCESS,
);
/** Data given for others' marketing or advertising. */
const advertisingSharedWhen = statedWhere(
  "advertising-sharing",
  "third-parties",
  ADVERTISING_SHARED,
);
/** Disclosure beyond what the law requires. */
const atItsJudgementWhen = statedWhere(
  "discretionary-disclosure",
  "law-enforcement",
  AT_ITS_JUDGEMENT,
);
/** The audit of 2026-12-28: a right a sentence states that no earlier rule of its kind reads. */
function rightNoEarlierRuleReads(
  kind: "deletion-right" | "correction-right",
  reads: (s: string) => boolean,
  when: RegExp = RIGHTS_SERIES_WORDS,
): Extractor {
  return addedRule({
    kind,
    practice: "access",
    when,
    unless: REQUEST_COUNTS,
    read: (s) => (reads(s) ? RIGHT_READ_AS[kind] : null),
  });
}
/** The audit of 2026-12-28: disclosure only when compelled, where no earlier rule reads it. */
const onlyWhenCompelledRule = onlyUnderLegalProcessWhen(
  COMPELLED_WORDS,
  onlyWhenCompelled,
  /\bprohibited by\b/i,
);
/** The audit of 2026-12-28: requests from authorities, where no earlier rule reads legal process. */
const requestFromAuthoritiesRule = addedRule({
  kind: "legal-process",
  practice: "law-enforcement",
  when: REQUEST_FROM_AUTHORITIES_WORDS,
  read: requestFromAuthorities,
});

/** The re-audit of 2027-01-06 (read-since-2027-01-06.ts), where no earlier rule of the kind reads it. */
const onlyUnderAnObligationRule = onlyUnderLegalProcessWhen(
  OBLIGATION_WORDS,
  onlyUnderAnObligation,
  /\bprohibited by\b/i,
);
const lawfulRequestsRule = addedRule({
  kind: "legal-process",
  practice: "law-enforcement",
  when: LAWFUL_REQUESTS_WORDS,
  unless: SHARING_DENIED_OR_BARRED,
  read: lawfulRequestsOfLawEnforcement,
});
const protectedThroughRule = addedRule({
  kind: "safeguards",
  practice: "security",
  when: PROTECTED_THROUGH_WORDS,
  read: protectedThroughMeasures,
});
const storedByUsRule = addedRule({
  kind: "data-location",
  practice: "international",
  when: STORED_BY_US_WORDS,
  read: dataStoredByUs,
});

/**
 * The re-audit of 2027-01-09 (read-since-2027-01-09.ts): cookies refused in the browser's settings
 * and consent to a newsletter revoked, read as opt-outs where no earlier rule of the kind reads them.
 */
const refusedOrRevokedRule: Extractor = {
  kind: "opt-out",
  practice: "choice",
  when: /browser|consent/,
  value: (s, policy, _previous, soFar) => {
    const revoked = consentToMessagesRevokedAt(s);
    // The browser's settings, whatever else the sentence says ("according to your preferences").
    const refused = revoked === null ? cookiesRefusedInBrowserAt(s) : null;
    if (revoked === null && refused === null) return null;
    if (readByAnEarlierRule("opt-out", s, policy, refusedOrRevokedRule, soFar)) return null;
    return revoked === null
      ? optOutValue("cookies", "in browser settings")
      : optOutValue(optOutOf(s, revoked), optOutHow(s));
  },
  unless: HYPOTHETICAL,
};
/** The re-audit of 2027-01-08 (read-since-2027-01-08.ts), where no earlier rule of the kind reads it. */
const notCooperatingRule = onlyUnderLegalProcessWhen(
  NOT_COOPERATING_WORDS,
  notCooperatingUnlessCompelled,
);
const storedInCountriesRule = addedRule({
  kind: "data-location",
  practice: "international",
  when: STORED_IN_COUNTRIES_WORDS,
  read: storedInCountriesIncluding,
});
const furtherSafeguardsRule = addedRule({
  kind: "safeguards",
  practice: "security",
  when: FURTHER_SAFEGUARDS_WORDS,
  read: safeguardsInFurtherWords,
});
const securitySystemBreachRule = addedRule({
  kind: "breach-notice",
  practice: "security",
  when: /ystem breach/i,
  read: (s) => {
    const read = securitySystemBreachAsRead(s);
    return read ? breachNotice(read) : null;
  },
});
const correctionNounRule = addedRule({
  kind: "correction-right",
  practice: "access",
  when: CORRECTION_NOUN_WORDS,
  read: (s) => (correctionToYourData(s) ? "data can be seen and corrected" : null),
});

/** The re-audit of 2027-01-10 (read-since-2027-01-10.ts), where no earlier rule of the kind reads it. */
const placeOfServersRule = addedRule({
  kind: "data-location",
  practice: "international",
  when: PLACE_OF_SERVERS_WORDS,
  read: placeOfServersSaid,
});
/** The re-audit of 2027-01-16 (read-since-2027-01-16.ts), where no earlier rule of the kind reads it. */
const givenOrAmendedRule = addedRule({
  kind: "correction-right",
  practice: "access",
  when: GIVEN_OR_AMENDED_WORDS,
  read: yoursGivenOrAmended,
});
/** The re-audit of 2027-01-12 (read-since-2027-01-12.ts), where no earlier rule of the kind reads it. */
const rectificationBrokenRule = addedRule({
  kind: "correction-right",
  practice: "access",
  when: RECTIFICATION_BROKEN_WORDS,
  read: rectificationRightBroken,
});
/** The re-audit of 2027-01-15 (read-since-2027-01-15.ts), where no earlier rule of the kind reads it. */
const minimumAgeRule = addedRule({
  kind: "children-age",
  practice: "children",
  when: MINIMUM_AGE_WORDS,
  read: minimumAgeIs,
});
const updatedVersionRule = addedRule({
  kind: "change-notice",
  practice: "policy-changes",
  gateOnChangeTopic: true,
  when: UPDATED_VERSION_WORDS,
  read: updatedVersionAvailable,
});
const noticeToCustomerRule = addedRule({
  kind: "change-notice",
  practice: "policy-changes",
  gateOnChangeTopic: true,
  when: NOTICE_TO_CUSTOMER_WORDS,
  read: noticeToCustomer,
});
/** The re-audit of 2027-01-18 (read-since-2027-01-18.ts), where no earlier rule of the kind reads it. */
const authoritiesAnsweredRule = addedRule({
  kind: "legal-process",
  practice: "law-enforcement",
  when: AUTHORITIES_ANSWERED_WORDS,
  read: authoritiesAnsweredAsRecipients,
});
/** The re-audit of 2027-01-14 (read-since-2027-01-14.ts), where no earlier rule of the kind reads it. */
const correctedByLoggingInRule = rightNoEarlierRuleReads(
  "correction-right",
  correctedByLoggingIn,
  LOGGING_IN_WORDS,
);
const deletedByLoggingInRule = rightNoEarlierRuleReads(
  "deletion-right",
  deletedByLoggingIn,
  LOGGING_IN_WORDS,
);
const providedAtDiscretionRule = addedRule({
  kind: "discretionary-disclosure",
  practice: "law-enforcement",
  when: PROVIDED_AT_DISCRETION_WORDS,
  read: (s) =>
    LEGAL_DISCLOSURE_WORDS.test(s) && providedAtDiscretion(s) ? AT_ITS_JUDGEMENT : null,
});

const EXTRACTORS: Extractor[] = [
  // retention
  {
    kind: "retention-indefinite",
    practice: "retention",
    when: RETAIN,
    value: (s) => {
      for (const m of s.matchAll(INDEFINITE)) {
        // "As soon as your partner deletes it too, it's gone forever" (Telegram): deleted for good.
        if (GONE_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
        // While the account is active, until the user deletes it, or if the user breaches the terms.
        if (indefiniteWithinABound(s, m.index, m.index + m[0].length)) continue;
        // "Non-Personal Information may be retained indefinitely": not the personal data rated.
        if (NON_PERSONAL.test(s.slice(0, m.index))) return null;
        // What is kept, when the verb names it: "We retain blacklists of fraudulent activity or
        // security threats indefinitely" (Zoosk) says so of one kind of data, not of all of it.
        // An aside in brackets is no part of it: "we may keep the identifiers you used to create
        // the account (such as your email address or phone number) indefinitely" (X).
        const object =
          KEPT_OBJECT.exec(
            s.slice(Math.max(0, m.index - 200), m.index).replace(/\s*\([^()]{0,120}\)/g, ""),
          )?.[2]
            ?.trim()
            .replace(/,$/, "") ?? keptForeverSubject(s.slice(0, m.index));
        return object && !ANY_DATA.test(object)
          ? `${asWritten(s, s.lastIndexOf(object, m.index), object)} ${INDEFINITE_VALUE}`
          : INDEFINITE_VALUE;
      }
      return null;
    },
    // Nor a promise against it ("to prevent persistent identifiers from being retained
    // indefinitely", Roblox), a duty disclaimed ("We are under no obligation to store such
    // information indefinitely", Sony), or the user's own choice ("the ability to retain such
    // information indefinitely", Limitless).
    unless:
      /\b(not|never) (be )?(retain|kept|keep|store)\w* (\w+ ){0,3}(indefinitely|forever|permanently)|\b(prevent\w*|avoid\w*|limit\w*)\b.{0,60}\b(being )?(retain|kept|keep|stor)\w* (\w+ ){0,3}(indefinitely|forever|permanently)|\bno (obligation|duty) to (retain|keep|store)\b|\b(ability|option|choice|choose) to (retain|keep|store)\b.{0,60}\b(indefinitely|forever|permanently)/i,
  },
  {
    kind: "retention-backups",
    practice: "retention",
    // Since the double reading of 2027-01-31 also a noun coordinated with "backup" before its head,
    // "may remain on backup or storage media" (Sony), "backup and archive systems"; since the double
    // reading of 2027-02-28 one server, "due to data being stored on a backup server" (Paradox).
    when: /\b(backups|back-?up (?:(?:and|or|and\/or|\/) ?(?:storage|archive|archival|recovery|disaster recovery|log) )?(copies|records|systems|media|tapes|servers?|storage|files)|archives?|archival (copies|records|storage)|archived)\b/i,
    value: (s) => {
      if (
        !/\b(retain\w*|kept|keep|remain\w*|store[sd]?|persist|maintain\w*|held|exist|copies)\b/i.test(
          s,
        )
      )
        return null;
      if (archivedInAListOfVerbs(s)) return null;
      const p = readRetentionPeriod(s);
      return p
        ? `kept in backups or archives for ${durationText(p)}`
        : // "temporarily remain in our archived records" (Yahoo), "for a reasonable period of time" (Ning)
          // "… inside backup archives during that period" (Tildes, the re-audit of 2027-01-15).
          /\bfor a (limited|reasonable|short) (time|period)\b|\btemporar(y|ily)\b/i.test(s) ||
            backupsForThatPeriod(s)
          ? "kept in backups or archives for a limited time"
          : "kept in backups or archives, no limit stated";
    },
    // "copies are deleted from our active and backup systems" says when they go, not that they stay.
    // Nor pages cached or archived by others: "copies of User Content may remain viewable in cached
    // and archived pages or if any third parties … have copied or stored such User Content" (Wix).
    // Nor the policy's own old versions ("We also keep prior versions of this privacy policy in an
    // archive", Atlassian), nor an archive the user downloads ("Once the archive with the Personal
    // Data we retain is ready, you will be able to download it", Wargaming).
    unless:
      /\b(deleted|erased|purged|removed|overwritten) from\b.{0,40}\bback-?ups?\b|\b(cached|archived) (and |or )?(cached |archived )?pages\b|\b(prior|previous|earlier|older|past) versions? of (this|the|our) (privacy )?(policy|statement|notice)\b|\bdownload\w*\b/i,
  },
  {
    kind: "retention-period",
    practice: "retention",
    when: RETAIN,
    value: (s, _policy, _previous, soFar) => {
      // Each period the sentence states, with what it applies to (Evernote's three and five years).
      const periods = readRetentionPeriods(s).filter(
        (p) => (!answersRequest(s, p) || keptFromARequestsEnd(s, p)) && !setByTheUser(s, p),
      );
      // A row of a table of cookies ends on the cookie's lifetime (audit of 2026-12-20).
      if (cookieRowLifetime(soFar?.opening, s))
        for (const p of periods) Object.assign(p, { what: "cookies", general: false });
      return periods.length
        ? periods.map((period) => ({ value: periodValue(period), period }))
        : null;
    },
    // Ages, notice periods, hours of service and the time to notify a breach are not how long
    // data is kept; nor is the time to answer a request, judged near each period (answersRequest).
    unless:
      /\b(ago|old|age of|under \d|years of age|notice|notif\w*|prior to|per (hour|day|week|month|year)|(hours|days) a (day|week)|per cent|percent)\b/i,
  },
  // The audit of 2026-12-26: "… is saved for ten (10) years" (read-since-2026-12-26.ts), where no
  // other verb of keeping is.
  {
    kind: "retention-period",
    practice: "retention",
    when: SAVED_WORDS,
    value: (s, _policy, _previous, soFar) => {
      const t = RETAIN.test(s) ? null : savedAsKept(s);
      const periods = t
        ? readRetentionPeriods(t).filter(
            (p) => (!answersRequest(t, p) || keptRightBefore(t, p.n)) && !setByTheUser(t, p),
          )
        : [];
      if (t && cookieRowLifetime(soFar?.opening, t))
        for (const p of periods) Object.assign(p, { what: "cookies", general: false });
      return periods.length
        ? periods.map((period) => ({ value: periodValue(period), period }))
        : null;
    },
    unless:
      /\b(ago|old|age of|under \d|years of age|notice|notif\w*|prior to|per (hour|day|week|month|year)|(hours|days) a (day|week)|per cent|percent)\b/i,
  },
  {
    kind: "retention-deletion",
    practice: "retention",
    when: DATA_DELETION,
    value: deletedWhen,
    // Nor an account the company suspends or closes as a sanction, "until the problematic material
    // is removed" (Evernote): that is enforcement, not what happens to data on closing. Nor what
    // stops when the account goes ("stop all communications only after your Account is deleted",
    // Wargaming), nor two profiles kept in step until one is deleted (Glassdoor).
    unless: new RegExp(
      `\\b(not|never|cannot|unable to)\\b.{0,30}\\b(delet|eras|remov|destroy|purg)|${KEPT_AFTER_CLOSING.source}|\\b(child|children|minors?)\\b|\\b(suspend\\w*|disabl\\w*)\\b.{0,30}\\b(clos\\w*|terminat\\w*)\\b|\\buntil\\b.{0,40}\\b(is|are|has been|have been) removed\\b|\\bstop (\\w+ ){0,2}(communications?|e-?mails?|messages|notifications)\\b|\\bin sync\\b`,
      "i",
    ),
  },
  {
    // Deletion on request said as a wish, which names no request: "if you would like us to delete
    // it, please send us an email and we would be happy to delete it" (WinEveryGame; until the
    // audit of 2026-12-07 its retention read "no clause found").
    kind: "retention-deletion",
    practice: "retention",
    when: new RegExp(DELETION_WISHED, "i"),
    value: fixed(/./, "deleted on request"),
    unless: ON_REQUEST,
  },
  {
    kind: "retention-while-needed",
    practice: "retention",
    when: RETAIN,
    value: (s) => {
      const m = whileNeeded(s);
      if (!m) return null;
      // "as long as we need it" is what "as long as needed" says, in the atlas's words.
      if (/^(as|so) long as we (reasonably )?need\b/i.test(m)) return "as long as needed";
      // "for the duration of the restrictions applied": the words it is measured by, up to three.
      return /^for the duration\b/i.test(m)
        ? m.replace(
            /( (of|the|and|or|to|for|a|an|your|our|its|their|in|with|by|as|that|which|we|is|are|you|us|it|plus))+$/i,
            "",
          )
        : m.replace(/^so long as\b/i, "as long as");
    },
  },
  {
    // How long data is kept, said with "process": "We will process your data for as long as
    // necessary to achieve the purpose(s) for which it was collected" (Paradox Interactive, under
    // "How long will we process your personal data?"; until the audit of 2026-12-09 "no fact
    // found"). Only where no verb of keeping is there to read it by (the rule above).
    kind: "retention-while-needed",
    practice: "retention",
    when: /\bprocess(es|ed|ing)?\b (\w+ ){0,4}(for )?(as|so) long as\b/i,
    unless: RETAIN,
    value: (s) => whileNeeded(s)?.replace(/^so long as\b/i, "as long as") ?? null,
  },
  {
    // The audit of 2026-12-10: kept while the user subscribes or is a customer, or "for the
    // period necessary" (Xfinity, Interstellar Lab), where the rule above reads nothing.
    kind: "retention-while-needed",
    practice: "retention",
    when: RETAIN,
    value: (s) =>
      whileNeeded(s) ? null : (KEPT_WHILE_SUBSCRIBED.exec(s)?.[1]?.toLowerCase() ?? null),
  },
  {
    // The audit of 2026-12-12: "until it is no longer necessary", "for the time necessary", "as
    // long as we have a reason to keep it" (read-since-2026-12-12.ts), where the rules above read none.
    kind: "retention-while-needed",
    practice: "retention",
    // Each of its wordings names a need, a requirement or a reason (read-since-2026-12-12.ts).
    when: /\b(necessary|needed|required|need|require|reason|purpose)\b/i,
    value: (s) =>
      whileNeeded(s) || KEPT_WHILE_SUBSCRIBED.test(s) ? null : keptWhileNeededReworded(s),
  },
  {
    // The audit of 2026-12-14: "for only as long as we need to" (read-since-2026-12-14.ts).
    kind: "retention-while-needed",
    practice: "retention",
    when: /\bneed to\b/i,
    value: (s) =>
      keptAsLongAsWeNeedTo(s) &&
      !whileNeeded(s) &&
      !KEPT_WHILE_SUBSCRIBED.test(s) &&
      !keptWhileNeededReworded(s)
        ? "as long as needed"
        : null,
  },
  {
    // The audit of 2026-12-18: "for the limited period needed", "as reasonably necessary"
    // (read-since-2026-12-18.ts), where the rules above read none.
    kind: "retention-while-needed",
    practice: "retention",
    when: /\b(necessary|needed|required)\b/i,
    value: (s) =>
      whileNeeded(s) || KEPT_WHILE_SUBSCRIBED.test(s) || keptWhileNeededReworded(s)
        ? null
        : keptForThePeriodNeeded(s),
  },
  // The audits of 2026-12-26 and 2026-12-24: "as long as we have a relationship with you", "as
  // long as it remains necessary", "as long as our processing purposes … may require".
  {
    kind: "retention-while-needed",
    practice: "retention",
    when: KEPT_WHILE_RELATIONSHIP_WORDS,
    value: (s) => {
      if (whileNeeded(s) || KEPT_WHILE_SUBSCRIBED.test(s)) return null;
      const kept = keptWhileRelationship(s) ?? keptAsLongAsReworded(s);
      return kept && !keptWhileNeededReworded(s) && !keptForThePeriodNeeded(s) ? kept : null;
    },
  },
  // sale and sharing
  // The policy's own verbs and object ("may sell aggregated data"), never more than it says.
  {
    kind: "no-sale",
    practice: "third-parties",
    when: SALE_WORD,
    // What a browser signal asks websites, not the company's word: "Global Privacy Control (GPC),
    // which you can enable to automatically notify websites not to sell or share" (Firefox).
    value: (s, policy) => (signalNamed(s, policy) ? null : saleFact((x) => x.negated)(s, policy)),
  },
  {
    kind: "sale",
    practice: "third-parties",
    when: SALE_WORD,
    value: saleFact((x) => !x.negated && !x.aggregateOnly),
  },
  {
    kind: "sale",
    practice: "third-parties",
    when: /\b(considered|deemed|treated as|constitut\w*|qualif\w*)\b/i,
    value: (s) => deemedSale(s) ?? deemedSale(withSharingBeforeSaleLeftOut(s)),
  },
  // The audit of 2026-12-26: "Although we do not sell …, our sharing … may be deemed a “sale”".
  {
    kind: "sale",
    practice: "third-parties",
    when: CONCESSION_WORDS,
    value: (s) => {
      const rest = DEEMED_SALE.test(s) ? afterConcession(s) : null;
      return rest && !deemedSale(s) && !deemedSale(withSharingBeforeSaleLeftOut(s))
        ? deemedSale(rest)
        : null;
    },
  },
  {
    kind: "sale-aggregated",
    practice: "third-parties",
    when: SALE_WORD,
    value: saleFact((x) => !x.negated && x.aggregateOnly),
  },
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    when: /\b(share[sd]?|sharing|disclos\w*|provid\w*|transfer\w*|make available|made available|rent\w*|sell\w*|sold)\b/i,
    // Nor a user's right to ask about sharing ("Under California's Shine the Light law, you may
    // ask …", "California residents may request information about … personal information we
    // shared with advertisers for their direct marketing purposes", "Section 1798.83 permits
    // California residents to request …"): a right described, not sharing stated.
    unless: USERS_RIGHT_TO_ASK,
    value: (s, policy) =>
      advertisingSharing(blankExceptedAdvertisers(s), policy.own) || sharedForAdvertising(s, policy)
        ? ADVERTISING_SHARED
        : null,
  },
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    unless: USERS_RIGHT_TO_ASK,
    value: firstReadingOf("advertising-sharing", sharedWithPartnersForAds, ADVERTISING_SHARED),
  },
  {
    kind: "no-marketing-sharing",
    practice: "third-parties",
    // Not the user's wish or request that the company not share: "specify the personal information
    // you do not wish to be shared with third parties for their direct marketing purposes", "the
    // right to request us not to use or disclose your Personal Data for … direct marketing".
    // Since the double reading of 2027-01-29, nor a denial for minors only or once the user has
    // opted out (read-since-2027-01-29.ts, Starbucks).
    unless: new RegExp(
      `${USERS_WISH_NOT_TO_SHARE.source}|${DENIED_FOR_SOME_OR_ON_REQUEST.source}`,
      "i",
    ),
    // The denial must reach the marketing in its own clause: "We do not sell your personal
    // information, but we share it for cross-context behavioral advertising" denies only the sale.
    when: /marketing|advertis|promotional/i, // the words its pattern ends on (reading speed)
    value: (s) => {
      const m = NO_MARKETING_SHARING.exec(s);
      if (!m || CLAUSE_BREAK_WORDS.test(m[0])) return null;
      // The second reading of 2027-01-25: a denial in a concession ("While we do not sell … in the
      // conventional sense,") does not reach the advertising its main clause states (Miro).
      const rest = CONCESSION_WORDS.test(s) ? afterConcession(s) : null;
      const main = rest === null ? s.length : s.length - rest.length;
      return m.index < main && m.index + m[0].length > main
        ? null
        : "not shared for others' marketing";
    },
  },
  {
    kind: "marketing-sharing",
    practice: "third-parties",
    when: SHARE_VERB,
    unless: USERS_WISH_NOT_TO_SHARE,
    value: (s) => {
      const m = MARKETING_SHARED.exec(s);
      if (!m || USERS_RIGHT_TO_ASK.test(s) || ASK_ABOUT_SHARING.test(s)) return null;
      if (/\b(do|does|did|will|would)n['’]t\b.{0,30}\b(share|disclose)/i.test(s)) return null;
      // A denial before the purpose, in its clause: "we do not share … with third parties to market".
      const denied = SHARING_DENIED.exec(s.slice(0, m.index + m[0].length));
      return denied && !CLAUSE_BREAK_WORDS.test(s.slice(denied.index, m.index + m[0].length))
        ? null
        : OWN_MARKETING.test(m[0])
          ? OWN_MARKETING_SHARED_VALUE
          : MARKETING_SHARED_VALUE;
    },
  },
  {
    kind: "service-providers",
    practice: "third-parties",
    // Since the re-audit of 2027-01-17, also "organisations that provide services on our behalf"
    // (Polyfill.io; read-since-2027-01-17.ts).
    when: new RegExp(
      `\\b(service providers?|vendors?|contractors?|agents|processors?|subprocessors?|companies (that|who) (help|assist|perform|provide))\\b|${ORGANISATIONS_PROVIDING_SERVICES.source}`,
      "i",
    ),
    value: (s) => {
      // A heading or a link ("Vendors", "Measurement vendors", Instagram) names a topic, no sharing;
      // nor do "AI agents" or "Like most online service providers, we …" (the re-audit of 2026-12-31).
      if (isHeadingAlone(s) || providersNamedAsNoRecipient(s) || vendorsNamedAsNoRecipient(s))
        return null;
      if (
        (NOT_SHARING_WITH_PROVIDERS.test(s) ||
          COMPANY_AS_PROVIDER.test(s) ||
          // The re-audit of 2027-01-21 (read-since-2027-01-21.ts): collected from providers, the
          // company's or the user's capacity as one, providers protected, the user's own.
          providersNamedNotGiven(s)) &&
        !PROVIDERS_GIVEN.test(s)
      )
        return null;
      // "We do not transfer your information to these third-party vendors." (Exponential).
      // Since the double reading of 2027-01-31 also providers named after such a denial, or only
      // as where code is downloaded from (Sony; read-since-2027-01-31.ts).
      if (givingToProvidersDenied(s) || providersNamedButNotGiven(s)) return null;
      // The double reading of 2027-02-05 (read-since-2027-02-06.ts): a right to know, the company
      // as a processor, its relationships (Academia.edu, Buffer); providers held to their task in
      // further words (Stripchat, Amazon Advertising).
      if (providersGivenNothingFurther(s)) return null;
      if (providersHeldToTheirTask(s))
        return "shared with service providers under contract or confidentiality";
      // "contractors" names a recipient, not a contract; nor is a legal basis one ("based on Art.
      // 6 para. 1 lit. b GDPR (contract performance)"): it binds the company to the user.
      // Since the double reading of 2027-01-29 also "are only permitted to use your personal
      // information to help us … and not for any other purpose" (Last.fm).
      // Since the double reading of 2027-01-31 also "only provide them with the personal
      // information necessary", "the limited purposes", "deleted after the ads are served".
      if (providersLimitedInOtherWords(s))
        return "shared with service providers under contract or confidentiality";
      // … and "may not use your personal data for their own marketing purposes" (Wordfeud, the
      // double reading of 2027-02-13).
      if (
        providersForbiddenAUse(s) ||
        providersWhoNeedIt(s) ||
        necessaryForTheirTask(s) ||
        providersHeldToInstructions(s) // the double reading of 2027-02-16
      )
        return "shared with service providers under contract or confidentiality";
      return /\b(confidential\w*|contract(s|ual\w*|ed|ing)?|obligat\w*|bound|agreements?|only (to|for|as)|only (permitted|allowed|authori[sz]ed) to|not for any other purpose|need to know|limit\w* access|require\w* .{0,80}?\bto (follow|comply|adhere|abide)|solely|on our behalf|not (permitted|allowed|authori[sz]ed) to|prohibited from|restrict\w*)\b/i.test(
        // … nor "to enforce our agreements" (the re-audit of 2027-01-11).
        // … nor "in accordance with the … legal obligations" (the second reading of 2027-01-27).
        withoutLegalObligations(withoutEnforcedAgreements(s)).replace(CONTRACT_AS_LEGAL_BASIS, ""),
      )
        ? "shared with service providers under contract or confidentiality"
        : "shared with service providers, limits not stated";
    },
  },
  {
    kind: "sharing-without-limits",
    practice: "third-parties",
    when: SHARE_VERB,
    unless: new RegExp(
      `${SHARING_DENIED.source}|${ANY_PURPOSE_BARRED.source}|${SHARED_IN_A_BUSINESS_TRANSFER.source}`,
      "i",
    ),
    value: openEnded(SHARED_OPEN_ENDED, "shared without stated limits"),
  },
  {
    kind: "named-partner",
    practice: "third-parties",
    when: SHARING_CONTEXT,
    value: (s) => {
      const partners = partnersNamed(s);
      // Sources of data the company receives are no partners it shares with (audit of 2026-12-14).
      // … nor in the passive, "data may be received … from" (the re-audit of 2026-12-31).
      // … nor tools named in a denial, "We do not use any … analytics services (ex: Google
      // Analytics …)" (the re-audit of 2027-01-11).
      return partners.length &&
        !namedAsSourceOnly(s) &&
        !namedAsPassiveSource(s) &&
        !analyticsDenied(s)
        ? { value: partners.map((x) => x.name).join(", "), partners }
        : null;
    },
  },
  // choice
  {
    kind: "opt-out",
    practice: "choice",
    // A word OPT_OUT_VERB needs, tested first (reading speed).
    when: /opt|unsubscrib|withdraw|turn off|disable|us not to|object to/i,
    value: (s) => {
      // A label offers nothing: "Opt-out from targeted advertising" (AdSupply's bold list
      // heading), "Right to withdraw consent"; the sentences under it say what is offered.
      if (isHeadingAlone(s) || optOutLabelAlone(s)) return null;
      // The company disabling access to content offers the user nothing (re-audit of 2026-12-31).
      if (companyDisablesAccess(s)) return null;
      const verb = offeredOptOut(s);
      if (verb && optOutOnlyAsReasonToKeep(s, verb.index)) return null;
      if (!verb) return null;
      // The opt-out cookie's sentence speaks of that cookie (the second reading of 2027-01-26).
      const of = optOutOf(s, verb.index);
      return optOutValue(of === "cookies" && cookiesOnlyOfTheRecord(s) ? null : of, optOutHow(s));
    },
    unless: HYPOTHETICAL,
  },
  {
    // The audit of 2026-12-12: "If you do not want to receive e-mail … from us, please log in to
    // your account and adjust your preferences", "To stop receiving text alerts, text STOP".
    kind: "opt-out",
    practice: "choice",
    value: (s) => {
      // "you may opt not to receive certain emails" (MouthShut, the re-audit of 2027-01-15).
      const at = wishNotToReceiveAt(s) ?? optNotToReceiveAt(s);
      return at === null || offeredOptOut(s) || isHeadingAlone(s)
        ? null
        : optOutValue(optOutOf(s, at), optOutHow(s));
    },
    unless: HYPOTHETICAL,
  },
  // cookies
  {
    kind: "do-not-track",
    practice: "cookies",
    when: /not[- ]track|privacy control|dnt|gpc/i, // signalNamed's words, tested first (reading speed)
    value: (s, policy) => (signalNamed(s, policy) ? dntResponse(s) : null),
  },
  {
    kind: "third-party-tracking",
    practice: "cookies",
    when: TRACKING_RULES_WORDS,
    // Advertisers named in a sentence about selling data are its buyers, not trackers: "We may
    // sell your personal information to data brokers and share it with advertising partners for
    // their own marketing" is a sale (third-parties), unless the sentence speaks of tracking too.
    // Nor what a browser signal lets the user say, unless the sentence goes on to trackers (the
    // double reading of 2027-02-03, Guilded: read-since-2027-02-04.ts).
    value: (s, policy) =>
      (SELLING.test(s) && !TRACKING_WORDS.test(s)) || onlySignalDescribed(s)
        ? null
        : (crossSiteTracking(s, policy) ??
          trackingNamed(s) ??
          pixelTracking(s) ??
          cookiesSetByOthers(s) ??
          (sharedForAdvertising(s, policy) ? SHARED_FOR_ADVERTISING_VALUE : null)),
    unless: NO_TRACKING_STATED,
  },
  {
    kind: "credentials-in-cookies",
    practice: "cookies",
    when: /\bcookies?\b/i,
    // The credential's words first: most sentences about cookies name none.
    value: (s) =>
      /\b(password|credentials|login|user ?name)\b/i.test(s) && CREDENTIALS_IN_COOKIE.test(s)
        ? "credentials stored in cookies"
        : null,
    // "(but not your password)" (Webs): the cookie keeps the login name only. Nor what cookies
    // are for in general, a definition's list: "Examples of cookie purposes are: your language
    // preferences, logging into an account, remembering login details, …" (WeTransfer).
    // Nor a definition of cookies, "A cookie is a small piece of data … to remember information
    // about you, such as your language preference or login information" (Zoosk), nor the ICO's
    // wording for essential cookies, "services you have asked for such as remembering your login
    // details" (Substack): what cookies can do, not what this site keeps in them.
    unless:
      /\b(not|never)\b.{0,40}\b(store|save|contain|include)\w*\b.{0,40}\b(password|credentials)|\bnot (your |the |a )?password\b|\bexamples? of (cookie |their |such )?(purposes|uses)\b|\bcookie purposes\b|\b(an? (http |browser |web )?cookie is|cookies are) (an? |the )?(small|little|tiny|simple|short)?\b.{0,20}\b(piece|pieces|file|files|text|data)\b|\bservices (that )?you have (asked|requested) for\b/i,
  },
  {
    kind: "cookies-persistent",
    practice: "cookies",
    // A word each of its patterns needs, tested first (reading speed).
    when: /persistent|remember|stay|analytics|aggregate/i,
    // "We do not use any third party tracking or analytics services (ex: Google Analytics …)"
    // (Spam.org, the re-audit of 2027-01-11).
    unless: ANALYTICS_DENIED,
    value: (s) =>
      first(
        /\b(persistent cookies?|remember (you(?! (?:can|may|might|could|should|must|will|need|have)\b)|your ((\w+) (and|or) )?(login|preferences|settings|actions|choices))|stay (logged|signed) in|google analytics|analytics cookies?|cookies? (for|to) (\w+ ){0,2}analytics)\b/i,
      )(s) ??
      // Aggregate statistics are analytics only in a sentence about cookies or tracking.
      // Not "analytics" alone: "processed for analytics purposes (such as to obtain aggregate
      // statistics on the number of Android complaints)" (ProtonVPN) is about support tickets.
      (/\b(cookies?|tracking|pixels?|beacons?|similar technologies)\b/i.test(s)
        ? first(/\baggregate (statistics|analytics|information)\b/i)(s)
        : null),
  },
  {
    // The audit of 2026-12-10: "We also use cookies to store long-lived authorization data, to
    // remember that you're logged into your account between visits" (SourceHut; "no fact found").
    kind: "cookies-persistent",
    practice: "cookies",
    when: /\bcookies?\b/i,
    value: firstReadingOf(
      "cookies-persistent",
      (t) => COOKIES_KEEP_LOGIN.test(t),
      "cookies that keep you logged in",
    ),
  },
  {
    // The audit of 2026-12-12: "uses cookies to support users being logged into their accounts",
    // "first-party cookies stored on … devices" (read-since-2026-12-12.ts).
    kind: "cookies-persistent",
    practice: "cookies",
    when: /\bcookies?\b/i,
    value: (s, policy) =>
      readByFirstRule("cookies-persistent", s, policy) || COOKIES_KEEP_LOGIN.test(s)
        ? null
        : firstPartyCookiesReworded(s),
  },
  {
    // The audit of 2026-12-14: "using cookies … to remember the user preferences you set".
    kind: "cookies-persistent",
    practice: "cookies",
    when: /\bcookies?\b/i,
    value: (s, policy) =>
      cookiesRememberPreferences(s) &&
      !readByFirstRule("cookies-persistent", s, policy) &&
      !COOKIES_KEEP_LOGIN.test(s) &&
      !firstPartyCookiesReworded(s)
        ? "cookies that store your preferences"
        : null,
  },
  {
    kind: "cookies-session-only",
    practice: "cookies",
    when: /cookie/i, // the word its pattern needs, tested first (reading speed)
    value: fixed(
      /\b(only|solely) (uses? |use |sets? )?(session|strictly necessary|essential) cookies\b|\bsession cookies? (only|which expire)|\bdo(es)? not use (persistent|tracking|third[- ]party) cookies\b/i,
      "only session or essential cookies",
    ),
  },
  // children
  {
    kind: "children-age",
    practice: "children",
    unless: AGE_IN_A_DEFINITION,
    when: new RegExp(
      `\\b(child\\w*|minors?|kids|coppa|parent\\w*|age|years old|or older)\\b|${AGED_MAY_USE.source}`,
      "i",
    ),
    value: (s) => {
      const age =
        AGE_LIMIT.test(s) &&
        !MINORS_RIGHT.test(s) &&
        !OFFERED_TO_CHILDREN.test(s) &&
        !childrenAmongAnyone(s)
          ? childrenAge(s)
          : null;
      return age &&
        (WITH_A_PARENT.test(s) ||
          registeredByAParent(s) ||
          parentsConsentInOtherWords(s) ||
          notAllowedWithoutAParent(s))
        ? `${age}${WITH_A_PARENT_VALUE}`
        : age;
    },
  },
  {
    kind: "minors-protections",
    practice: "children",
    when: /\b(under|younger than|below|teens?|teenagers|minors)\b/i,
    value: minorsProtections,
  },
  // policy changes
  {
    kind: "change-notice",
    practice: "policy-changes",
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    when: CHANGE_CONTEXT,
    value: (said) => {
      const s = blankWithoutNotice(said);
      if (changeOnlyInNames(s) || noticeOnlyAsAPurpose(s) || changeOfAProgram(s)) return null;
      const lawOnly = directOnlyAsTheLawRequires(s);
      if (lawOnly !== undefined) return lawOnly;
      const furtherOnly = furtherNoticeOnlyAsTheLawRequires(s);
      if (furtherOnly !== undefined) return furtherOnly;
      if (informedOnlyOnTheSite(s) || noticeOnlyAttempted(s, OWN_CHANNEL))
        return "posted on the site";
      if (
        DIRECT_NOTICE_IN_OTHER_WORDS.test(s) ||
        NOTICE_OF_CHANGES_SENT.test(s) ||
        /\b(notify you|notice to you|e-?mail (you|notification)|(send|sending) (you )?(an )?(e-?mail|notice|notification)|(you|users|members|customers) will be (notified|informed)(?! of (\w+ ){0,5}on (this|our|the) (\w+ ){0,3}(page|site|website))|by e-?mail|contact you( directly)?|directly contact|prominent notice|directly notify|inform you|provide (you )?(with )?(a |an )?((additional|further|advance|prior|separate|direct|reasonable) )?(notice|notification)|notif\w* (to )?(you|users|members|customers)|notifications?\b.{0,80}\b(will|shall) be (sent|emailed|delivered))\b/i.test(
          s,
        )
      )
        // Told only through a notice posted for everyone: "We will notify you of changes by
        // posting the modified version on our website", "via public announcements on our blog".
        return (NOTICE_POSTED_ONLY.test(s) || noticeByPublicationHere(s)) && !DIRECT_CHANNEL.test(s)
          ? "posted on the site"
          : "direct notice";
      if (
        /\b(post\w*|publish\w*|on (this|our) (page|website|site)|effective date|last updated)\b/i.test(
          s,
        )
      )
        return /\b(polic(y|ies)|statement|notice|terms)\b/i.test(s) || CHANGES_POSTED.test(s)
          ? "posted on the site"
          : null;
      return null;
    },
  },
  {
    kind: "change-notice-period",
    practice: "policy-changes",
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    when: CHANGE_CONTEXT,
    value: noticePeriod,
  },
  {
    kind: "change-consent",
    practice: "policy-changes",
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    // Changes to the policy or to the purposes data is used for, not "a change to an article".
    when: new RegExp(
      `${CHANGE_CONTEXT.source}|\\b(material|significant|such|these|the|any) changes?\\b|\\b(different|new) purposes?\\b|\\b(reduce|diminish|restrict) (your|users['’]?) rights\\b`,
      "i",
    ),
    value: (s) => {
      const consentToChanges = CONSENT_TO_CHANGES.test(s)
        ? CONSENT_TO_CHANGES
        : NO_CHANGE_WITHOUT_CONSENT.test(s)
          ? NO_CHANGE_WITHOUT_CONSENT
          : null;
      if (
        !consentToChanges ||
        CHANGES_TO_SOMETHING_ELSE.test(s) ||
        consentInAnotherItem(s, consentToChanges)
      )
        return null;
      return CONSENT_ONLY_IF_REQUIRED.test(s)
        ? CONSENT_IF_REQUIRED_VALUE
        : "consent sought for changes";
    },
  },
  {
    kind: "change-without-notice",
    practice: "policy-changes",
    gateOnChangeTopic: true,
    // Changes to the policy, or "such changes" after it, not to something else: "Aetna may change
    // or discontinue any of its text alert programs without notice", "may make changes to the
    // materials contained on its website at any time without notice" (PrivacySpy).
    when: new RegExp(`${CHANGE_CONTEXT.source}|\\b(such|these) changes\\b`, "i"),
    value: fixed(
      /\b(chang\w*|modif\w*|amend\w*|updat\w*)\b.{0,80}\b(without (prior |any |further )?notice|at any time without)\b/i,
      "may change without notice",
    ),
  },
  // disputes
  {
    kind: "arbitration",
    practice: "disputes",
    // A transfer framework's arbitration ("you may invoke binding arbitration for complaints
    // regarding DPF compliance") is open only to the people whose data it covers, as its bodies are.
    when: /arbitra/i, // the word its pattern needs, tested first (reading speed)
    value: (s, _policy, _previous, soFar) =>
      /\bbinding\b.{0,40}\barbitration\b|\barbitration\b.{0,60}\b(final and binding|binding)\b|\bindividual arbitration\b|\barbitrat\w+ on an individual basis\b|\bresolved (exclusively |solely )?(by|through) arbitration\b/i.test(
        s,
      )
        ? // … or in a clause that opens on a framework's name (the double reading of 2027-02-13).
          `binding arbitration${confinedRecourse(s, soFar) || frameworkArbitration(s, soFar.opening) ? SOME_USERS_ONLY : ""}`
        : null,
    unless: /\b(not (be )?(required|bound)|non-binding)\b/i,
  },
  {
    kind: "class-action-waiver",
    practice: "disputes",
    when: /\b(class[- ](action|wide|arbitration)|representative (action|proceeding)|collective action|class members?)\b/i,
    value: fixed(
      /\b(waive\w*|not (participate|bring|be (a )?(class|party))|may not|only (on )?an individual|individual basis|no class|not as a plaintiff)\b/i,
      "class actions waived",
    ),
  },
  {
    kind: "independent-body",
    practice: "disputes",
    value: (s, _policy, _previous, soFar) => {
      // A body named where nobody is offered recourse is none: a seal's image, an ad-preferences
      // page ("indicate your preferences at https://preferences-mgr.truste.com/", SurveyMonkey).
      if (!soFar.recourse && !recourseSaid(s)) return null;
      // The second reading of 2027-01-25: else a third party's dispute resolution provider, named
      // only behind a link (read-since-2027-01-25.ts); a body named in the sentence comes first.
      const named = INDEPENDENT_BODY.exec(s);
      const m = named ?? thirdPartyDisputeBody(s);
      if (!m) return null;
      const body = asWritten(s, m.index, m[0]);
      // The rubric rates what every user is offered: a body confined to some users is noted so.
      // Read the body's own sentence and the recourse its clause began: a framework named in a
      // sentence about something else ("dotCloud will review all audit requests … consistent with
      // the US-EU Safe Harbor Framework") does not confine it.
      const after = m.index + m[0].length;
      const end = SENTENCE_END.exec(s.slice(after));
      let start = 0;
      for (const e of s.slice(0, m.index).matchAll(SENTENCE_ENDS)) start = e.index + e[0].length;
      const own = s.slice(start, end ? after + end.index + 1 : s.length);
      const confined =
        confinedRecourse(own, soFar) ||
        (soFar.confinedByHeading && freeBodyConfinedByHeading(m[0], own)) ||
        // "If you have such an unresolved complaint, under the recourse mechanism …" (Wix; the
        // double reading of 2027-02-22, read-since-2027-02-23.ts).
        frameworksComplaintPointedBack(own);
      // A provider described, not named, for some users only is left as before: it names no one
      // the rest may turn to, and would only stand in for the framework's own recourse.
      if (confined && !named) return null;
      return confined ? `${body}${SOME_USERS_ONLY}` : body;
    },
  },
  {
    kind: "regulator",
    practice: "disputes",
    // A body users may turn to or that oversees the company, not one the company reports to.
    when: REGULATOR_TOPIC,
    // Not a regulator's website given for advice (the re-audit of 2026-12-31).
    value: (s) => (regulatorForAdviceOnly(s) ? null : first(REGULATOR)(s)),
  },
  {
    // The audit of 2026-12-14: an authority by a title of its own, "the Office of the Data
    // Protection Ombudsman" (read-since-2026-12-14.ts).
    kind: "regulator",
    practice: "disputes",
    when: REGULATOR_TOPIC,
    value: (s) => {
      const m = DATA_PROTECTION_AUTHORITY_TITLE.exec(s);
      return m ? asWritten(s, m.index, m[0]) : null;
    },
  },
  {
    // A data-protection regulator described rather than titled: "the national authority
    // responsible for data protection" (the audit of 2026-12-18), "the Swedish Authority for
    // Privacy Protection", "the supervisor authority concerned" (recourse.ts).
    kind: "regulator",
    practice: "disputes",
    when: /\bresponsible for\b|\bcompetent for\b|\bauthorit(?:y|ies) for\b|\bsupervisor authorit/i,
    value: (s) => {
      if (REGULATOR.test(s) || DATA_PROTECTION_AUTHORITY_TITLE.test(s)) return null;
      const responsible = AUTHORITY_RESPONSIBLE_FOR_DATA_PROTECTION.exec(s);
      if (responsible) return asWritten(s, responsible.index, responsible[0]);
      const described = REGULATOR_TOPIC.test(s) ? authorityDescribed(s) : null;
      return described ? asWritten(s, described.index, described.text) : null;
    },
  },
  {
    // A complaint to "the relevant authority" names a regulator without its title: "You also have
    // the right to lodge a complaint with the relevant authority" (Nissan, whose next sentence
    // lists the EU's data protection authorities; until the audit of 2026-12-07 "no fact found").
    kind: "regulator",
    practice: "disputes",
    when: /complaint/i, // the word its pattern needs, tested first (reading speed)
    value: (s) => {
      const m = COMPLAINT_TO_AUTHORITY.exec(s);
      return m?.groups?.body && !REGULATOR.test(s)
        ? asWritten(s, m.index + m[0].length - m.groups.body.length, m.groups.body)
        : null;
    },
  },
  {
    // Oversight in other words: "We're regulated by the Information Commissioner's Office." (BBC).
    kind: "regulator",
    practice: "disputes",
    when: OVERSEEN_BY,
    unless: REGULATOR_TOPIC,
    value: first(REGULATOR),
  },
  // Recourse when no body, regulator or arbitration is named (recourse.ts).
  { kind: "court-recourse", practice: "disputes", when: COURT_WORDS, value: courtRecourse },
  {
    kind: "recourse-elsewhere",
    practice: "disputes",
    when: ELSEWHERE_WORDS,
    value: recourseElsewhere,
  },
  { kind: "company-recourse", practice: "disputes", when: GRIEVANCE, value: companyRecourse },
  // legal disclosure
  {
    kind: "legal-process",
    practice: "law-enforcement",
    // Disclosure in answer to legal process, not a regulator's powers ("by seeking court orders").
    when: /\b(disclos\w*|shar\w*|provid\w*|releas\w*|respond\w*|comply\w*|complian\w*|requests?|required|requires?|preserv\w*|access|produc\w*|satisfy|law enforcement|government\w*|authorit\w*|demands?|receive\w*)\b/i,
    // Not the verb: "where we feel the security risk of shared files warrants it" (MediaFire).
    // Nor data kept, not given, because a court orders it: "we retain information where we are
    // required by law or if we are compelled to do so by a court order" (Discord) is retention.
    // Nor a court order as a reason the company may change its terms (the second reading of
    // 2027-01-19: "Google may change this Appendix 1B without notice if the change (a) is based on
    // … a court order", Google Shopping).
    value: (s, _policy, _previous, soFar) => {
      if (KEPT_NOT_GIVEN.test(s) && !GIVEN_OR_ANSWERED.test(s)) return null;
      const named =
        warrantAsVerb(s, legalProcessNamed(s)) ?? judicialOrder(s) ?? legalProcessesNamed(s);
      return named && !changeOfTermsNotDisclosure(s, soFar.heading) ? named : null;
    },
  },
  {
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: SHARE_VERB,
    // "For any purpose" barred or conditioned is a limit, as for sharing-without-limits: "Transferring,
    // selling, or using user data for any purpose … unless user-initiated and in compliance with
    // HIPAA regulations" (Google Play's rules for developers; concerning until the audit of 2026-12-17).
    unless: SHARING_DENIED_OR_BARRED,
    value: (s) =>
      // Legal disclosure is disclosure to authorities or to protect rights: a sentence with no word
      // of law, authorities, claims or protection is other sharing — "that personal information may
      // be publicly posted and otherwise disclosed without limitation as to its use by us or by a
      // third party" (National Geographic, of public posts), "We may share information within and
      // among entities affiliated with … us … for any purpose" (Sony). Until the audit of
      // 2026-12-06 these made legal disclosure concerning.
      !LEGAL_DISCLOSURE_WORDS.test(withoutAdvisers(s)) || IDENTIFIES_NO_ONE_SHARED.test(s)
        ? null
        : // "Other than where we are required by applicable laws and regulations, we reserve the right
          // to disclose your personal data … if we, in our good faith, believe …" (Honkai: Star Rail):
          // beyond what the law requires, in the company's words.
          /\bwithout (a )?(subpoena|court order|warrant|legal process)\b|\b(not|without being) (legally )?(compelled|required|obliged|obligated) (by|under|to)\b|\b(other than|beyond|apart from|besides) (where|when|as|what) (we are |it is |is )?(legally )?(required|compelled|obliged|obligated) (by|under|to)\b/i.test(
              s,
            )
          ? AT_ITS_JUDGEMENT
          : openEnded(DISCLOSED_AT_DISCRETION, AT_ITS_JUDGEMENT)(s),
  },
  {
    kind: "process-required",
    practice: "law-enforcement",
    // The words its pattern ends on, tested first (reading speed).
    when: /subpoena|court order|warrant|legal process/i,
    value: unlessAmongOtherGrounds(
      fixed(
        /\b(disclos\w*|shar\w*|provid\w*|releas\w*|produc(?:e|es|ed|ing)\b|hand over|give|turn over)\b.{0,80}\b(only|unless|except)\b.{0,100}\b(enforceable|valid|lawful)? ?(subpoenas?|court orders?|warrants?|legal process)\b/i,
        ONLY_UNDER_LEGAL_PROCESS,
      ),
    ),
    // "We notify members of legal demands … unless prohibited by law or court order" is no limit.
    unless: /\bprohibited by\b/i,
  },
  {
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: /appropriate|advisable|desirable/i, // the words its pattern ends on (reading speed)
    value: (s) => (handedOverAtDiscretion(s) ? AT_ITS_JUDGEMENT : null),
  },
  {
    // Legal requests answered where the law does not require it (beyond-the-law.ts).
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: GATE_NOT_REQUIRED,
    // Since the double reading of 2027-02-11 also said with a noun, "responses to legal requests
    // where not compelled by law" (Facebook; read-since-2027-02-12.ts).
    value: (s) =>
      answeredBeyondTheLaw(s) || respondedWhereNotCompelled(s) ? AT_ITS_JUDGEMENT : null,
  },
  // business transfer
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: ANY_BUSINESS_EVENT,
    gateOnWhole: true,
    gateOnPrevious: true,
    unless: SUCCESSOR_NOT_PROMISED,
    value: (s) =>
      (SUCCESSOR_BOUND.test(s) || SAME_USE_AS_POLICY.test(s) || governedByThisPolicy(s)) &&
      !ONLY_NOTICE_THE_LAW_REQUIRES.test(s)
        ? "users notified or successor bound by the policy"
        : KEPT_CONFIDENTIAL.test(s)
          ? KEPT_CONFIDENTIAL_VALUE
          : null,
  },
  {
    kind: "transfer-as-asset",
    practice: "business-transfer",
    // Both readings below need an event: "assets", or one CORPORATE_EVENT names.
    when: ANY_BUSINESS_EVENT,
    gateOnPrevious: true,
    value: (s, _policy, previous) =>
      !DEFINITION_EXCLUDES.test(s) &&
      (/\b(transferred|transfer\w*|sold|acquired|among the|one of the|part of the)\b.{0,40}\b(business )?assets\b|\bassets\b.{0,60}\b(transferred|sold|acquired)\b/i.test(
        s,
      ) ||
        (CORPORATE_EVENT.test(`${previous} ${s}`) &&
          DATA_PASSES.test(s) &&
          !DATA_KEPT_BACK.test(s) &&
          !KEPT_BACK_CONTRACTED.test(s)))
        ? "data passes with the business's assets"
        : null,
  },
  // security and access
  // Users told of a breach (breach-notice.ts); decides no rating, answers a security review.
  { kind: "breach-notice", practice: "security", when: /breach|incident/i, value: breachNotice },
  // Safeguards other than encryption, in the policy's words (safeguards.ts); decide no rating.
  { kind: "safeguards", practice: "security", when: SAFEGUARD_WORDS, value: safeguardsStated },
  {
    kind: "encryption",
    practice: "security",
    // Only a sentence naming a cipher or a key can state one (encryptionStated reads no other).
    when: ENCRYPTION,
    unless: ENCRYPTION_AS_A_NAME,
    value: (s) => {
      const stated = encryptionStated(s);
      // Nor users told to encrypt (the double reading of 2027-01-31, Gofile; safeguards.ts).
      return stated && !encryptionNotASafeguard(s) && !usersToldToEncrypt(s) ? stated : null;
    },
  },
  {
    kind: "deletion-right",
    practice: "access",
    // A right named needs no "you": "right to deletion — a right to under certain circumstances
    // have data removed" (Viaplay's table of rights), "All requests for data addition,
    // correction, or deletion should be sent by email to …" (Project Gutenberg).
    when: /\b(you|your|users?|customers?|members?|my)\b|\bright (of|to)\b|\brequests? (for|related to|regarding|concerning|about)\b/i,
    // Nor data kept despite a request (the double reading of 2027-02-03): "We may continue to
    // retain your information … even after you request deletion of your data if …" (OpenSea).
    value: unlessRetainedDespiteDeletion(
      fixed(
        new RegExp(
          `\\b(you|users?|customers?|clients?|members?) (may|can|are able to|have the (right|ability|option) to)\\b.{0,60}\\b(delete|erase|remove)\\b.{0,40}${USERS_DATA}|\\brequests? (to|for) (\\w+, )*(\\w+ )?(or |and )?(delet\\w*|eras\\w*)|\\b(request|ask) (that )?(we|us to) (delete|erase)\\b|(?<!\\breserves? the )\\bright to (erasure|deletion|delete)\\b|${DELETION_BY_NOUN}|${DELETION_LAST_IN_A_LIST}|${DELETION_AFTER_CORRECTION}|${DELETION_ASKED_PASSIVE}|${DELETION_REQUESTED_BY_NOUNS}|${DELETION_WISHED}`,
          "i",
        ),
        "data can be deleted on request",
      ),
    ),
    // Counts of requests received are no right offered: "The number of CCPA requests to delete
    // that illumin received …", "For metrics regarding requests received …: Requests to Delete".
    unless: REQUEST_COUNTS,
  },
  {
    kind: "correction-right",
    practice: "access",
    when: /\b(you|your|users?|customers?|members?)\b|\brequests? (for|related to|regarding|concerning|about)\b/i,
    value: fixed(
      new RegExp(
        `\\b(you|users?|customers?|clients?|members?) (may|can(?!['’]t|not)|are able to|have the (right|ability|option) to)\\b.{0,40}(?<!\\b(?:protect|secure|restrict|limit|prevent|unauthori[sz]ed) )\\b(access|correct|update|amend|modify|review|edit|rectify|view|change|download|export)\\b.{0,40}${USERS_DATA}|(?<!\\breserves? the )\\bright (of|to) (request )?(access|rectification|correct)|${CORRECTION_IN_A_REQUEST}|${CORRECTION_BY_NOUN}|${DELETION_AFTER_CORRECTION}|${CORRECTION_ASKED_PASSIVE}|${CORRECTION_REQUESTED_BY_NOUNS}|${ACCESS_AS_INFORMATION}`,
        "i",
      ),
      "data can be seen and corrected",
    ),
  },
  // The history audit of 2026-12-09: rights in other words (RIGHTS_REWORDED_*).
  rightInFurtherWords("deletion-right", RIGHTS_REWORDED_DELETION),
  rightInFurtherWords("correction-right", RIGHTS_REWORDED_CORRECTION),
  // The audit of 2026-12-10: rights in further words (RIGHTS_AUDIT_1210_*).
  // Not a parent's request for a child's data: "we encourage the child's parent or guardian to
  // contact us to request that we remove the personal information" (that is the children's).
  rightInFurtherWords(
    "deletion-right",
    RIGHTS_AUDIT_1210_DELETION,
    [RIGHTS_REWORDED_DELETION],
    /\bchild/i,
  ),
  rightInFurtherWords("correction-right", RIGHTS_AUDIT_1210_CORRECTION, [
    RIGHTS_REWORDED_CORRECTION,
  ]),
  // The audit of 2026-12-13 (read-since-2026-12-13.ts): rights, and business transfers, in further words.
  rightInFurtherWords("deletion-right", RIGHT_TO_REQUEST_DELETION, [
    RIGHTS_REWORDED_DELETION,
    RIGHTS_AUDIT_1210_DELETION,
  ]),
  rightInFurtherWords("correction-right", CORRECTION_AUDIT_1213, [
    RIGHTS_REWORDED_CORRECTION,
    RIGHTS_AUDIT_1210_CORRECTION,
  ]),
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: ANY_BUSINESS_EVENT,
    gateOnWhole: true,
    gateOnPrevious: true,
    unless: SUCCESSOR_NOT_PROMISED,
    value: (s, policy) =>
      successorBoundReworded(s) &&
      !ONLY_NOTICE_THE_LAW_REQUIRES.test(s) &&
      !readByFirstRule("successor-bound", s, policy)
        ? "users notified or successor bound by the policy"
        : null,
  },
  {
    kind: "transfer-as-asset",
    practice: "business-transfer",
    when: EVENT_IN_VERBS,
    value: firstReadingOf(
      "transfer-as-asset",
      dataToBuyersOfABusiness,
      "data passes with the business's assets",
    ),
  },
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: BUSINESS_TRANSACTION_TERM,
    unless: SUCCESSOR_NOT_PROMISED,
    value: successorBoundByTerm,
  },
  // The audit of 2026-12-15 (read-since-2026-12-15.ts): rights, notices of change and a bound
  // successor in further words.
  {
    kind: "correction-right",
    practice: "access",
    when: CORRECTION_AUDIT_1215_WORDS,
    unless: REQUEST_COUNTS,
    value: firstReadingOf(
      "correction-right",
      correctionAudit1215,
      "data can be seen and corrected",
    ),
  },
  {
    kind: "deletion-right",
    practice: "access",
    when: DELETION_OF_SUCH_DATA_WORDS,
    unless: REQUEST_COUNTS,
    value: firstReadingOf("deletion-right", deletionOfSuchData, "data can be deleted on request"),
  },
  {
    kind: "change-notice",
    practice: "policy-changes",
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    // Its own words gate it (reading speed): each names the policy's change or its version.
    when: POSTED_IN_OTHER_WORDS,
    value: firstReadingOf("change-notice", postedInOtherWords, "posted on the site"),
  },
  {
    kind: "successor-bound",
    practice: "business-transfer",
    // Its own words gate it (reading speed); the event is in the sentence or the one it points to.
    when: USED_IN_LINE_WITH_POLICY,
    gateOnPrevious: true,
    unless: SUCCESSOR_NOT_PROMISED,
    value: (s, policy, previous) =>
      usedInLineWithPolicy(s) &&
      (ANY_BUSINESS_EVENT.test(s) ||
        SALE_POINTED_BACK.test(s) ||
        ANY_BUSINESS_EVENT.test(previous)) &&
      !readByFirstRule("successor-bound", s, policy)
        ? "users notified or successor bound by the policy"
        : null,
  },
  // The audit of 2026-12-17 (read-since-2026-12-17.ts): business transfers, a bound successor,
  // legal process, changes posted and a right to see one's data, in further words.
  {
    kind: "transfer-as-asset",
    practice: "business-transfer",
    when: EVENT_IN_VERBS_1217_WORDS,
    unless: DEFINITION_EXCLUDES,
    // The data may pass in a piece before this one, when a quote's length cut the sentence.
    value: (s, policy, _previous, soFar) =>
      (CORPORATE_EVENT.test(s) || eventInVerbs1217(s)) &&
      (DATA_PASSES.test(s) ||
        dataPasses1217(s) ||
        Boolean(soFar.pieceBefore && dataPasses1217(soFar.pieceBefore))) &&
      !usersOwnTransfer(`${soFar.pieceBefore ?? ""} ${s}`) &&
      !DATA_KEPT_BACK.test(s) &&
      !KEPT_BACK_CONTRACTED.test(s) &&
      !readByFirstRule("transfer-as-asset", s, policy)
        ? "data passes with the business's assets"
        : null,
  },
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: /\b(?:obligations|confidentiality)\b/i,
    gateOnPrevious: true,
    unless: SUCCESSOR_NOT_PROMISED,
    value: (s, policy, previous) => {
      if (!ANY_BUSINESS_EVENT.test(s) && !ANY_BUSINESS_EVENT.test(previous)) return null;
      if (readByFirstRule("successor-bound", s, policy)) return null;
      if (assumesObligationsDescribed(s)) return "users notified or successor bound by the policy";
      return RECIPIENT_BOUND_WORDS.test(s) && recipientBoundToConfidentiality(s)
        ? KEPT_CONFIDENTIAL_VALUE
        : null;
    },
  },
  {
    kind: "process-required",
    practice: "law-enforcement",
    // Its own words gate it (reading speed); then no other ground beside the request.
    when: /\b(?:binding|enforceable)\b/i,
    value: (s) =>
      onlyUnderBindingRequest(s) && !legalProcessAmongOtherGrounds(s)
        ? ONLY_UNDER_LEGAL_PROCESS
        : null,
  },
  {
    kind: "legal-process",
    practice: "law-enforcement",
    when: LEGAL_REQUEST_WORDS,
    value: (s, policy) => {
      const named = legalRequestNamed(s);
      return !named ||
        (KEPT_NOT_GIVEN.test(s) && !GIVEN_OR_ANSWERED.test(s)) ||
        readByFirstRule("legal-process", s, policy)
        ? null
        : named;
    },
  },
  {
    kind: "change-notice",
    practice: "policy-changes",
    when: POSTED_1217_WORDS,
    unless: BUSINESS_TRANSFER_CHANGE,
    value: firstReadingOf("change-notice", postedInFurtherWords1217, "posted on the site"),
  },
  {
    kind: "change-notice",
    practice: "policy-changes",
    // Never by its own words: only in a sentence about changing the policy (gateOnChangeTopic).
    when: /(?!)/,
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    value: firstReadingOf("change-notice", thisChangePosted, "posted on the site"),
  },
  {
    kind: "correction-right",
    practice: "access",
    // The item said as a noun since the re-audit of 2027-01-16 ("a full export of your …").
    when: new RegExp(
      `^(?:[●·•▪*-] *)?(?:review|inspect)\\b|${SEEN_IN_A_NOUN_ITEM_WORDS.source}`,
      "i",
    ),
    unless: REQUEST_COUNTS,
    value: firstReadingOf("correction-right", reviewInAList, "data can be seen and corrected"),
  },
  {
    kind: "correction-right",
    practice: "access",
    when: HELD_DATA_ACCESSIBLE_WORDS,
    unless: REQUEST_COUNTS,
    value: firstReadingOf("correction-right", heldDataAccessible, "data can be seen and corrected"),
  },
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    unless: USERS_RIGHT_TO_ASK,
    value: givenToAdCompanies,
  },
  // The audit of 2026-12-10: data given for an advertising partner's use, or to serve ads.
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    unless: USERS_RIGHT_TO_ASK,
    value: givenForAdvertisersUse,
  },
  {
    // The audit of 2026-12-12: "share your personal information with third parties to deliver
    // relevant personalized ads to you" (read-since-2026-12-12.ts).
    kind: "advertising-sharing",
    practice: "third-parties",
    unless: USERS_RIGHT_TO_ASK,
    value: (s, policy) =>
      sharedToDeliverPersonalisedAds(s) &&
      !sharedWithPartnersForAds(s) &&
      !readByFirstRule("advertising-sharing", s, policy) &&
      !givenForAdvertisersUse(s, policy)
        ? ADVERTISING_SHARED
        : null,
  },
  // The audit of 2026-12-14: data shared with "advertising and analysis partners" (read-since-2026-12-14.ts).
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    when: /\bpartners\b/i,
    unless: USERS_RIGHT_TO_ASK,
    value: (s, policy) =>
      sharedWithAdvertisingAndOtherPartners(s) &&
      !readByFirstRule("advertising-sharing", s, policy) &&
      !sharedWithPartnersForAds(s) &&
      !givenForAdvertisersUse(s, policy)
        ? ADVERTISING_SHARED
        : null,
  },
  // The audit of 2026-12-18: "so that our partners can serve targeted ads" (read-since-2026-12-18.ts).
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    when: /\bpartners\b/i,
    unless: USERS_RIGHT_TO_ASK,
    value: (s, policy) =>
      partnersServeTargetedAds(s) &&
      !readByFirstRule("advertising-sharing", s, policy) &&
      !sharedWithPartnersForAds(s) &&
      !sharedToDeliverPersonalisedAds(s) &&
      !sharedWithAdvertisingAndOtherPartners(s) &&
      !givenForAdvertisersUse(s, policy)
        ? ADVERTISING_SHARED
        : null,
  },
  // The history audit of 2026-12-16 (history-audit-2026-12-16.ts).
  {
    kind: "deletion-right",
    practice: "access",
    when: RIGHTS_WORDS,
    unless: REQUEST_COUNTS,
    value: (s, policy) =>
      DELETION_REWORDED_2026_12_16.test(s)
        ? rightsReworded(
            "deletion-right",
            DELETION_REWORDED_2026_12_16,
            "data can be deleted on request",
          )(s, policy)
        : null,
  },
  {
    kind: "transfer-as-asset",
    practice: "business-transfer",
    when: /\bbusiness/i,
    value: (s, policy) =>
      PRONOUN_PASSES_IN_A_SALE.test(s) &&
      !readByFirstRule("transfer-as-asset", s, policy) &&
      !dataToBuyersOfABusiness(s)
        ? "data passes with the business's assets"
        : null,
  },
  {
    kind: "correction-right",
    practice: "access",
    when: RIGHTS_WORDS,
    unless: REQUEST_COUNTS,
    value: (s, policy) =>
      CORRECTION_REWORDED_2026_12_16.test(s) &&
      !RIGHTS_REWORDED_CORRECTION.test(s) &&
      !CORRECTION_REWORDED_2026_12_10.test(s)
        ? rightsReworded(
            "correction-right",
            CORRECTION_REWORDED_2026_12_16,
            "data can be seen and corrected",
          )(s, policy)
        : null,
  },
  {
    kind: "third-party-tracking",
    practice: "cookies",
    when: /\bpartners\b/i,
    unless: NO_TRACKING_STATED,
    // The cheap test first: the rule above is read again only for a sentence this one names.
    value: (s, policy) => {
      const partners = sharedWithAdvertisingAndOtherPartners(s);
      return partners && !readByFirstRule("third-party-tracking", s, policy) ? partners : null;
    },
  },
  // The audit of 2026-12-26: "These platforms may combine information they collect on our Platform
  // with … data they collect from other websites … to conduct targeted advertising".
  {
    kind: "third-party-tracking",
    practice: "cookies",
    when: COMBINED_ELSEWHERE_WORDS,
    unless: NO_TRACKING_STATED,
    value: (s, policy) =>
      combinedWithOtherSites(s) && !readByFirstRule("third-party-tracking", s, policy)
        ? combinedWithOtherSites(s)
        : null,
  },
  // The history audit of 2026-12-10 (history-audit-2026-12-10.ts).
  rightInFurtherWords("correction-right", CORRECTION_REWORDED_2026_12_10, [
    RIGHTS_REWORDED_CORRECTION,
  ]),
  {
    kind: "no-sale",
    practice: "third-parties",
    when: /\b(business|practice) of\b/i,
    value: notInTheBusinessOfSelling,
  },
  // The audit of 2026-12-21 (read-since-2026-12-21.ts).
  rightInFurtherWords("deletion-right", DELETION_WITHOUT_YOU_MAY, [], ASKED_OF_ANOTHER),
  rightInFurtherWords("correction-right", CORRECTION_WITHOUT_YOU_MAY, [], ASKED_OF_ANOTHER),
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: /\b(advance|prior|only)\b/i,
    gateOnPrevious: true,
    unless: SUCCESSOR_NOT_PROMISED,
    value: (s, policy, previous) =>
      (ADVANCE_NOTICE.test(s) || USED_ONLY_AS_DESCRIBED.test(s)) &&
      (ANY_BUSINESS_EVENT.test(s) || ANY_BUSINESS_EVENT.test(previous)) &&
      !ONLY_NOTICE_THE_LAW_REQUIRES.test(s) &&
      !readByFirstRule("successor-bound", s, policy)
        ? "users notified or successor bound by the policy"
        : null,
  },
  // The audit of 2026-12-24 (read-since-2026-12-24.ts).
  {
    kind: "third-party-tracking",
    practice: "cookies",
    when: TRACKERS_REWORDED_WORDS,
    unless: NO_TRACKING_STATED,
    value: (s, policy) => {
      const found = trackersOnTheSiteReworded(s);
      return found && !GIVING_DENIED.test(s) && !readByFirstRule("third-party-tracking", s, policy)
        ? found
        : null;
    },
  },
  {
    kind: "recourse-elsewhere",
    practice: "disputes",
    when: SUBJECT_TO_WORDS,
    value: (s) => {
      const left = disputesSubjectToTerms(s);
      return left && !recourseElsewhere(s) ? left : null;
    },
  },
  {
    kind: "change-notice",
    practice: "policy-changes",
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    when: CHANGE_CONTEXT,
    // Not where the first rule reads the sentence by its change topic (which readByFirstRule,
    // testing its gate alone, would miss): "we will notify you by sending you an e-mail".
    value: (s, policy, previous, soFar) =>
      NOTICE_SENT_WORDS.test(s) &&
      noticeSentToUsers(s) &&
      !EXTRACTORS.find((x) => x.kind === "change-notice")!.value(s, policy, previous, soFar)
        ? "direct notice"
        : null,
  },
  {
    kind: "change-notice",
    practice: "policy-changes",
    when: CHANGE_CONTEXT,
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    value: firstReadingOf("change-notice", notChangedUntold, "direct notice"),
  },
  {
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: /\b(disclosure|release)\b/i,
    unless: SHARING_DENIED_OR_BARRED,
    value: (s, policy) =>
      disclosureDeemedAppropriate(s) &&
      LEGAL_DISCLOSURE_WORDS.test(withoutAdvisers(s)) &&
      !IDENTIFIES_NO_ONE_SHARED.test(s) &&
      !handedOverAtDiscretion(s) &&
      !readByFirstRule("discretionary-disclosure", s, policy)
        ? AT_ITS_JUDGEMENT
        : null,
  },
  // The audit of 2026-12-22 (read-since-2026-12-22.ts).
  {
    kind: "change-notice",
    practice: "policy-changes",
    when: CHANGE_CONTEXT,
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    value: (s, policy) =>
      firstReadingOf("change-notice", allUsersNotified, "direct notice")(s, policy) ??
      firstReadingOf("change-notice", changePostedHere, "posted on the site")(s, policy),
  },
  {
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    // Plain words first (the rules read the lower-case phrases).
    when: /discretion|suspected/,
    unless: SHARING_DENIED_OR_BARRED,
    value: firstReadingOf(
      "discretionary-disclosure",
      (s) => disclosedToAuthoritiesAtDiscretion(s) || disclosedOnSuspicion(s),
      AT_ITS_JUDGEMENT,
    ),
  },
  // The audit of 2026-12-20: "Active accounts will have data retained indefinitely" is kept while
  // the account is active (read-since-2026-12-20.ts).
  {
    kind: "retention-while-needed",
    practice: "retention",
    when: /\b(?:indefinitely|permanently|forever)\b/i,
    value: keptWhileActiveIndefinitely,
  },
  // The audit of 2026-12-20: kept "for as long as we do the activities we told you about".
  {
    kind: "retention-while-needed",
    practice: "retention",
    when: WHILE_THE_ACTIVITIES_WORDS,
    value: keptWhileTheActivitiesGoOn,
  },
  // The audit of 2026-12-20: "it will take steps to inform these persons about such changes".
  {
    kind: "change-notice",
    practice: "policy-changes",
    gateOnChangeTopic: true,
    unless: BUSINESS_TRANSFER_CHANGE,
    when: INFORM_THOSE_AFFECTED_WORDS,
    value: firstReadingOf(
      "change-notice",
      (s) =>
        INFORM_THOSE_AFFECTED_WORDS.test(s) && CHANGE_CONTEXT.test(s) && informsThoseAffected(s),
      "direct notice",
    ),
  },
  // The audit of 2026-12-20: rights as the user's wish, or in a relative clause on their data
  // (read-since-2026-12-20.ts).
  rightWished("correction-right"),
  rightWished("deletion-right"),
  // The audit of 2026-12-23: "based on the decision of a court" (read-since-2026-12-23.ts).
  {
    kind: "legal-process",
    practice: "law-enforcement",
    when: /\b(?:decision|ruling|judg)/i,
    value: (s, policy) => {
      const named = courtDecisionNamed(s);
      return named && !readByFirstRule("legal-process", s, policy) ? named : null;
    },
  },
  // The audit of 2026-12-25 (read-since-2026-12-25.ts).
  {
    kind: "cookies-session-only",
    practice: "cookies",
    when: /\bonly cookies\b/i,
    value: onlyNeededCookies,
  },
  {
    kind: "third-party-tracking",
    practice: "cookies",
    when: /serving|advertising technolog/i,
    unless: NO_TRACKING_STATED,
    value: adServingTechnologyFrom,
  },
  rightInFurtherWords("deletion-right", HAVE_DATA_DELETED),
  rightInFurtherWords("correction-right", HAVE_DATA_CORRECTED),
  {
    kind: "retention-deletion",
    practice: "retention",
    when: /\ball (?:of )?your\b/i,
    value: (s, _policy, _previous, soFar) => allDataDeletedWithTheAccount(s, soFar?.opening ?? ""),
  },
  // The audit of 2026-12-27 (read-since-2026-12-27.ts).
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: ANY_BUSINESS_EVENT,
    gateOnPrevious: true,
    unless: SUCCESSOR_NOT_PROMISED,
    value: firstReadingOf(
      "successor-bound",
      usersNotifiedOfTransfer,
      "users notified or successor bound by the policy",
    ),
  },
  {
    kind: "transfer-as-asset",
    practice: "business-transfer",
    value: (s, policy) =>
      dataPassesByGerund(s) &&
      CORPORATE_EVENT.test(s) &&
      !DEFINITION_EXCLUDES.test(s) &&
      !readByFirstRule("transfer-as-asset", s, policy)
        ? "data passes with the business's assets"
        : null,
  },
  {
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: ITEM_AT_JUDGEMENT_WORDS,
    unless: SHARING_DENIED_OR_BARRED,
    value: (s, policy) =>
      itemAtJudgement(s) &&
      LEGAL_DISCLOSURE_WORDS.test(s) &&
      !IDENTIFIES_NO_ONE_SHARED.test(s) &&
      !readByFirstRule("discretionary-disclosure", s, policy)
        ? AT_ITS_JUDGEMENT
        : null,
  },
  { ...rightInFurtherWords("deletion-right", DELETION_GIVEN), when: RIGHT_GIVEN_WORDS },
  { ...rightInFurtherWords("correction-right", CORRECTION_GIVEN), when: RIGHT_GIVEN_WORDS },
  // The audit of 2026-12-28 (read-since-2026-12-28.ts): rights in a series, a rights list's bare
  // "Delete data …", disclosure judged appropriate or on grounds to suspect a crime, and disclosure
  // only when compelled by law.
  rightNoEarlierRuleReads("deletion-right", deletionInARightsSeries),
  rightNoEarlierRuleReads("correction-right", accessInARightsSeries),
  // Since 2027-02-07 (read-since-2027-02-07.ts): rights as a numbered list in one sentence,
  // "You have a right to: (1) request a copy of all your personal data …" (Telegram).
  rightNoEarlierRuleReads("correction-right", seeOrCorrectInANumberedList, RIGHTS_LIST_WORDS),
  rightNoEarlierRuleReads("deletion-right", deletionInANumberedList, RIGHTS_LIST_WORDS),
  rightNoEarlierRuleReads("deletion-right", deleteInAList, DELETE_IN_A_LIST_WORDS),
  // The re-audit of 2026-12-29 (read-since-2026-12-29.ts): cookies refused in the browser's options.
  {
    kind: "opt-out",
    practice: "choice",
    when: COOKIES_REFUSED_WORDS,
    value: (s, policy) =>
      cookiesRefusedInBrowser(s) && !readByFirstRule("opt-out", s, policy)
        ? "of cookies, in browser settings"
        : null,
  },
  // The re-audit of 2026-12-29 (read-since-2026-12-29.ts): no use materially different without consent.
  {
    kind: "change-consent",
    practice: "policy-changes",
    when: /materially different/,
    unless: BUSINESS_TRANSFER_CHANGE,
    value: (s, policy) =>
      consentForMateriallyDifferentUse(s) && !readByFirstRule("change-consent", s, policy)
        ? CONSENT_ONLY_IF_REQUIRED.test(s)
          ? CONSENT_IF_REQUIRED_VALUE
          : "consent sought for changes"
        : null,
  },
  {
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: /appropriate/,
    unless: SHARING_DENIED_OR_BARRED,
    value: (s, policy) =>
      disclosureJudgedAppropriate(s) &&
      LEGAL_DISCLOSURE_WORDS.test(withoutAdvisers(s)) &&
      !disclosureDeemedAppropriate(s) &&
      !readByFirstRule("discretionary-disclosure", s, policy)
        ? AT_ITS_JUDGEMENT
        : null,
  },
  {
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: GROUNDS_WORDS,
    unless: SHARING_DENIED_OR_BARRED,
    value: firstReadingOf(
      "discretionary-disclosure",
      disclosedOnGroundsToSuspect,
      AT_ITS_JUDGEMENT,
    ),
  },
  onlyWhenCompelledRule,
  requestFromAuthoritiesRule,
  // The re-audit of 2026-12-30 (read-since-2026-12-30.ts): legal process answered "whether or not"
  // the law requires it.
  {
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: /whether or not/,
    value: firstReadingOf(
      "discretionary-disclosure",
      answeredWhetherOrNotRequired,
      AT_ITS_JUDGEMENT,
    ),
  },
  // The re-audit of 2026-12-31 (read-since-2026-12-31.ts): cookie settings in the browser, the
  // sharing controlled by a named setting, and "for as long they are needed".
  {
    kind: "opt-out",
    practice: "choice",
    when: /cookie/,
    value: (s, policy) =>
      cookieSettingsInBrowser(s) &&
      !cookiesRefusedInBrowser(s) &&
      !readByFirstRule("opt-out", s, policy)
        ? "of cookies, in browser settings"
        : null,
  },
  {
    kind: "opt-out",
    practice: "choice",
    when: /whether/,
    value: firstReadingOf(
      "opt-out",
      sharingControlledBySetting,
      "of the sharing of personal data, in account settings",
    ),
  },
  {
    kind: "retention-while-needed",
    practice: "retention",
    when: /as long/,
    value: firstReadingOf("retention-while-needed", keptAsLongTheyAreNeeded, "as long as needed"),
  },
  // "by law or other statute or court or government decision" (BankID).
  {
    kind: "legal-process",
    practice: "law-enforcement",
    when: /decision|ruling|judg/,
    value: (s, policy) => {
      const named = courtDecisionNounFirst(s);
      return named && !readByFirstRule("legal-process", s, policy) ? named : null;
    },
  },
  // The re-audit of 2027-01-01 (read-since-2027-01-01.ts): a buyer bound "in a manner that is
  // consistent with this privacy policy" (Stripchat).
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: USED_IN_A_MANNER_WORDS,
    gateOnPrevious: true,
    unless: SUCCESSOR_NOT_PROMISED,
    value: (s, policy, previous) =>
      usedInAMannerConsistent(s) &&
      (ANY_BUSINESS_EVENT.test(s) ||
        SALE_POINTED_BACK.test(s) ||
        saleOccursPointedBack(s) ||
        ANY_BUSINESS_EVENT.test(previous)) &&
      !readByFirstRule("successor-bound", s, policy)
        ? "users notified or successor bound by the policy"
        : null,
  },
  // Safeguards said by their means and purpose: "We take measures to help protect information …".
  {
    kind: "safeguards",
    practice: "security",
    when: MEANS_WORDS,
    value: firstFindingOf("safeguards", safeguardsByTheirPurpose),
  },
  // "Any User of the App or Pendant can stop or delete recordings at any time using the App." (Limitless)
  {
    kind: "deletion-right",
    practice: "access",
    when: RECORDINGS_WORDS,
    unless: REQUEST_COUNTS,
    value: firstReadingOf("deletion-right", ownRecordingsDeleted, "data can be deleted on request"),
  },
  // The review of 2027-01-02 of findings left alone (read-since-2027-01-02.ts): where the servers
  // or the data are, said as a place ("located in Switzerland and Germany").
  { kind: "data-location", practice: "international", when: /\bin\b/, value: dataLocationStated },
  // The policy's change reserved "at any time", under any of its names ("data protection declaration").
  {
    kind: "change-reserved",
    practice: "policy-changes",
    when: /at any time/i,
    value: (s) => (changeReservedAtAnyTime(s) ? "the policy may be changed at any time" : null),
  },
  // Others' marketing said as a purpose clause, "so they can inform you about their products".
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    unless: USERS_RIGHT_TO_ASK,
    value: readAsTheirOwnMarketing("advertising-sharing", ADVERTISING_SHARED),
  },
  {
    kind: "marketing-sharing",
    practice: "third-parties",
    when: SHARE_VERB,
    unless: USERS_WISH_NOT_TO_SHARE,
    value: readAsTheirOwnMarketing("marketing-sharing", MARKETING_SHARED_VALUE),
  },
  // The re-audit of 2027-01-03 (read-since-2027-01-03.ts): no cookies at all ("runs cookie-free domains").
  {
    kind: "cookies-session-only",
    practice: "cookies",
    when: /cookie/i,
    value: firstReadingOf("cookies-session-only", noCookiesUsed, NO_COOKIES_USED),
  },
  // "We may revise this policy at any time." (The Trade Desk)
  {
    kind: "change-reserved",
    practice: "policy-changes",
    when: /at any time/i,
    value: (s) => (changeMayBeMadeAtAnyTime(s) ? "the policy may be changed at any time" : null),
  },
  // "set your browser to remove or reject browser cookies" (Open Collective), LINE, WolframAlpha.
  {
    kind: "opt-out",
    practice: "choice",
    when: /browser/i,
    value: (s, policy) =>
      cookiesRefusedInOtherWords(s) &&
      !cookieSettingsInBrowser(s) &&
      !cookiesRefusedInBrowser(s) &&
      !readByFirstRule("opt-out", s, policy)
        ? "of cookies, in browser settings"
        : null,
  },
  // "A right of opposition to prospecting" (Qobuz).
  {
    kind: "opt-out",
    practice: "choice",
    when: /prospect/i,
    value: firstReadingOf(
      "opt-out",
      objectionToProspecting,
      "of marketing messages, how not stated",
    ),
  },
  // "If you do not want … for direct marketing, you have the right to provide written notification" (Freja eID).
  {
    kind: "opt-out",
    practice: "choice",
    when: /marketing/i,
    value: firstReadingOf(
      "opt-out",
      noticeAgainstMarketing,
      "of marketing messages, by contacting the company",
    ),
  },
  // "for as long as you use our Services" (Academia.edu).
  {
    kind: "retention-while-needed",
    practice: "retention",
    when: /as long as you/i,
    value: firstReadingOf(
      "retention-while-needed",
      keptWhileYouUseTheService,
      "as long as you use the service",
    ),
  },
  // "indicate at the top of the Privacy Policy the date when it was most recently updated" (Allrecipes).
  {
    kind: "change-notice",
    practice: "policy-changes",
    when: /at the top/i,
    unless: BUSINESS_TRANSFER_CHANGE,
    value: firstReadingOf("change-notice", dateIndicatedAtTheTop, "posted on the site"),
  },
  // "The subcontractor will … not use the Personal Data beyond the scope of the subcontracted services" (LINE).
  {
    kind: "service-providers",
    practice: "third-parties",
    when: /subcontract|sub-contract/i,
    value: firstReadingOf(
      "service-providers",
      subcontractorsLimited,
      "shared with service providers under contract or confidentiality",
    ),
  },
  // 'We do not “sell” or “share” (as those terms are defined under the CCPA) personal information' (OpenSea).
  {
    kind: "no-sale",
    practice: "third-parties",
    when: /sell|share/i,
    value: firstFindingOf("no-sale", notSoldInOtherWords),
  },
  // The re-audit of 2027-01-04 (read-since-2027-01-04.ts): an acquirer that "commits to using the
  // information in a manner consistent with applicable law and this Privacy Notice" (Proctorio).
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: ACQUIRER_COMMITS_WORDS,
    unless: SUCCESSOR_NOT_PROMISED,
    value: firstReadingOf(
      "successor-bound",
      acquirerCommitsToThePolicy,
      "users notified or successor bound by the policy",
    ),
  },
  // Safeguards by other means: "commercially acceptable means to protect your Personal Data".
  {
    kind: "safeguards",
    practice: "security",
    when: OTHER_MEANS_WORDS,
    value: firstFindingOf("safeguards", safeguardsByOtherMeans),
  },
  // Where data is stored, in other words: "on servers located in the United States".
  {
    kind: "data-location",
    practice: "international",
    when: LOCATION_REWORDED_WORDS,
    value: firstFindingOf("data-location", dataLocationReworded),
  },
  // The re-audit of 2027-01-05 (read-since-2027-01-05.ts): "Sharing for cross-context behavioral
  // advertising is limited to data collected from our public websites …" (Gartner).
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    when: CROSS_CONTEXT_WORDS,
    value: firstReadingOf("advertising-sharing", crossContextSharingLimited, ADVERTISING_SHARED),
  },
  // Analytics by a named self-hosted tool: "The Websites may use Matomo, an open source web
  // analytics platform" (Ethereum).
  {
    kind: "cookies-persistent",
    practice: "cookies",
    when: ANALYTICS_TOOL_WORDS,
    value: firstFindingOf("cookies-persistent", analyticsToolNamed),
  },
  // Cookies set for a stated time: "Cookies with a duration of 13 months are set in your browser"
  // (Deutsche Bahn).
  {
    kind: "cookies-persistent",
    practice: "cookies",
    when: COOKIES_SET_WORDS,
    // Since the re-audit of 2027-01-17, also "The life span of cookies is thirteen (13) months
    // maximum." (Lydia; read-since-2027-01-17.ts).
    value: firstFindingOf(
      "cookies-persistent",
      (s) => cookiesSetForATime(s) ?? cookiesLastForATime(s),
    ),
  },
  // Kept while an account named by the company lasts: "for as long as you have a Couchsurfing
  // account" (Couchsurfing).
  {
    kind: "retention-while-needed",
    practice: "retention",
    when: NAMED_ACCOUNT_WORDS,
    value: (s, policy) =>
      readByFirstRule("retention-while-needed", s, policy) || KEPT_WHILE_SUBSCRIBED.test(s)
        ? null
        : keptWhileNamedAccount(s),
  },
  // The re-audit of 2027-01-06 (read-since-2027-01-06.ts): an acquirer that "may continue to use
  // your Personal Data as set forth in this policy" (Bandcamp).
  {
    kind: "successor-bound",
    practice: "business-transfer",
    when: ACQUIRER_CONTINUES_WORDS,
    unless: SUCCESSOR_NOT_PROMISED,
    value: firstReadingOf(
      "successor-bound",
      acquirerContinuesUnderThePolicy,
      "users notified or successor bound by the policy",
    ),
  },
  // Disclosure only "where we are under a statutory obligation" (Deutsche Bahn).
  onlyUnderAnObligationRule,
  // "Comply with lawful requests from law enforcement" (Booking.com, IKEA).
  lawfulRequestsRule,
  // "we protect your data through the use of technological protection measures" (Coolmath4Kids).
  protectedThroughRule,
  // "we store all information in the United States or Australia" (Thryv YellowPages).
  storedByUsRule,
  // The re-audit of 2027-01-07 (read-since-2027-01-07.ts): "We calculate the retention period based
  // upon the time the personal information is needed …" (Thomson Reuters).
  {
    kind: "retention-while-needed",
    practice: "retention",
    when: PERIOD_BY_NEED_WORDS,
    value: firstReadingOf("retention-while-needed", retentionPeriodByNeed, "as long as needed"),
  },
  // "You have the option to set up your device to accept or refuse these cookies" (LibraryThing).
  {
    kind: "opt-out",
    practice: "choice",
    when: COOKIES_REFUSED_ON_DEVICE_WORDS,
    value: firstReadingOf("opt-out", cookiesRefusedOnDevice, "of cookies, in device settings"),
  },
  // "written agreements in place with these companies contractually obligating them to protect
  // your information" (Firefox Private Network).
  {
    kind: "service-providers",
    practice: "third-parties",
    when: CONTRACT_TO_PROTECT_WORDS,
    value: firstReadingOf(
      "service-providers",
      contractedToProtect,
      "shared with service providers under contract or confidentiality",
    ),
  },
  // The re-audit of 2027-01-08 (read-since-2027-01-08.ts): "LibraryThing will not cooperate with
  // US law enforcement unless compelled to do so".
  notCooperatingRule,
  // "stored in and accessed from multiple countries, including the United States" (Thomson Reuters).
  storedInCountriesRule,
  // "follows physical, technical and administrative safeguards" (Blizzard), VR, LibraryThing.
  furtherSafeguardsRule,
  // "If we learn of a security system breach, we may attempt to notify you" (Evernote).
  securitySystemBreachRule,
  // "If you want to make a correction to your information … please get in touch" (Thunderbird).
  correctionNounRule,
  // The re-audit of 2027-01-09 (read-since-2027-01-09.ts): "configure your browser settings …
  // and, for example, refuse the acceptance of third party cookies" and "revoke your consent to
  // receive our newsletter … by using the respective link" (GraphCMS).
  refusedOrRevokedRule,
  // "You will be able to see that we made changes by checking the effective date" (Verizon).
  {
    kind: "change-notice",
    practice: "policy-changes",
    when: /date/,
    value: firstReadingOf("change-notice", changesPostedByTheDate, "posted on the site"),
  },
  // "We don't share any personally identifying information … with third-parties, except when
  // required to by a subpoena or valid court order" (PrivacySpy).
  {
    kind: "no-sale",
    practice: "third-parties",
    when: /third/,
    value: firstFindingOf("no-sale", sharingDeniedSaveForLaw),
  },
  // The re-audit of 2027-01-10 (read-since-2027-01-10.ts): "hosted on U.S. servers" (Blockworks),
  // "servers, and databases located in the U.S." (Vimeo), "we process and store information
  // throughout the United States, Europe, …" (Teads).
  placeOfServersRule,
  // "Public authorities, courts, law enforcement, or regulators when required … or respond to lawful
  // requests" (Criteo's recipients table).
  authoritiesAnsweredRule,
  // The re-audit of 2027-01-11 (read-since-2027-01-11.ts): "We do not use cookies on noyb.eu." (noyb).
  {
    kind: "cookies-session-only",
    practice: "cookies",
    when: /cookies on/i,
    value: firstReadingOf("cookies-session-only", noCookiesOnSite, NO_COOKIES_ON_SITE_VALUE),
  },
  // The re-audit of 2027-01-12 (read-since-2027-01-12.ts): "the right to recti cation" (Arweave).
  rectificationBrokenRule,
  // The re-audit of 2027-01-15 (read-since-2027-01-15.ts): "The minimum age to create a Steam User
  // Account is 13." (Steam); "An updated version will at all times be available here." (Wordfeud).
  minimumAgeRule,
  updatedVersionRule,
  // "… to inform Customer at least 30 days … before the change will take effect" (Google Shopping).
  noticeToCustomerRule,
  // The re-audit of 2027-01-14 (read-since-2027-01-14.ts): "Parents … are able to review, manage,
  // delete or edit their information … by logging into their accounts" (VocabularySpellingCity).
  correctedByLoggingInRule,
  deletedByLoggingInRule,
  // The re-audit of 2027-01-14: "We may provide your information as we believe is necessary or
  // appropriate to protect … our legal rights, … or to comply with … law" (Woman's Day).
  providedAtDiscretionRule,
  // The re-audit of 2027-01-16 (read-since-2027-01-16.ts): "if we sell or transfer all or part of our
  // business …, we'll give the new owner your information" (Instagram; Facebook's, found by the
  // re-audit of 2027-01-18, is the same sentence).
  {
    kind: "transfer-as-asset",
    practice: "business-transfer",
    when: BUSINESS_SOLD_WORDS,
    value: firstReadingOf(
      "transfer-as-asset",
      businessSoldDataGiven,
      "data passes with the business's assets",
    ),
  },
  // "Upon written request …, we will provide you with your other personal information" (ArtStation).
  givenOrAmendedRule,
  // The second reading of 2027-01-19 (read-since-2027-01-19.ts): "Data is only shared in the
  // following limited circumstances:" … "We may disclose data when required by law, …" (Gofile).
  {
    kind: "process-required",
    practice: "law-enforcement",
    when: REQUIRED_BY_LAW_WORDS,
    value: (s, policy, _previous, soFar) =>
      soFar.leadIn &&
      onlyLeadIn(soFar.leadIn) &&
      requiredByLawDisclosed(s) &&
      !readByFirstRule("process-required", s, policy)
        ? ONLY_UNDER_LEGAL_PROCESS
        : null,
  },
  // The re-audit of 2027-01-21 (read-since-2027-01-21.ts): "… to opt-in to receive advertising
  // emails from our partner by submitting their name and email address" (Donkey Republic).
  addedRule({
    kind: "marketing-sharing",
    practice: "third-parties",
    when: /artner/,
    read: (s) => (detailsGivenForPartnersMail(s) ? MARKETING_SHARED_VALUE : null),
  }),
  // The re-audit of 2027-01-22 (read-since-2027-01-22.ts): "Personal data provided by the user can
  // only be disclosed through a request by a court, law enforcement agency, …" (Lingualeo).
  onlyUnderLegalProcessWhen(
    ONLY_BE_DISCLOSED_WORDS,
    onlyOnAnAuthoritysRequest,
    /\bprohibited by\b/i,
  ),
  // "… if we have a good faith belief that such … disclosure: … (ii) is helpful to identify,
  // investigate or prevent possible wrongdoing …" (Exponential).
  addedRule({
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: HELPFUL_WORDS,
    unless: SHARING_DENIED_OR_BARRED,
    read: (s) => (disclosedAsItBelievesHelpful(s) ? AT_ITS_JUDGEMENT : null),
  }),
  // The re-audit of 2027-01-23 (read-since-2027-01-23.ts): "please contact us in the first instance
  // at dataprotection@tencent.com" (Tencent): recourse beyond the first step, not named.
  addedRule({
    kind: "recourse-elsewhere",
    practice: "disputes",
    when: FIRST_INSTANCE_WORDS,
    read: (s) => (complaintToUsFirst(s) ? FURTHER_OPTIONS_VALUE : null),
  }),
  // "When we have no ongoing legitimate business need to process your information, we will either
  // delete it …" (Meetup).
  addedRule({
    kind: "retention-while-needed",
    practice: "retention",
    when: NO_BUSINESS_NEED_WORDS,
    read: keptUntilNoBusinessNeed,
  }),
  // "Our Services may deliver targeted advertisements using cookies, … from the servers of
  // ad-serving providers contracted by us." (pixiv).
  trackingWhere(AD_SERVING_WORDS, adServingProvidersCookies),
  // The second reading of 2027-01-25 (read-since-2027-01-25.ts): "We may disclose personal
  // information to third parties, including for marketing and advertising purposes" (Xfinity).
  addedRule({
    kind: "advertising-sharing",
    practice: "third-parties",
    when: DISCLOSED_FOR_ADVERTISING_WORDS,
    unless: USERS_RIGHT_TO_ASK,
    read: (s) => (disclosedForAdvertisingPurposes(s) ? ADVERTISING_SHARED : null),
  }),
  // Since 2027-01-28 (read-since-2027-01-28.ts): an item of a lead-in's list of sharing, "when we
  // work with third parties for analytics and to deliver targeted advertising to you" (Meetup).
  listedForAdvertisingRule(),
  // "While we do not sell your Personal Data in the conventional sense, we may use advertising …
  // (such as … cross-context behavioral advertising)." (Miro).
  addedRule({
    kind: "sale",
    practice: "third-parties",
    when: SALE_DENIED_CONVENTIONALLY_WORDS,
    read: (s) => (saleDeniedOnlyConventionally(s) ? DEEMED_SALE_VALUE : null),
  }),
  // The double reading of 2027-01-29 (read-since-2027-01-29.ts): "the recipients of the
  // information may use it for their own independent purposes in addition to those stated in X's
  // Privacy Policy" (X).
  addedRule({
    kind: "sharing-without-limits",
    practice: "third-parties",
    when: OWN_PURPOSES_WORDS,
    read: (s) => (usedForOwnPurposesBeyondThePolicy(s) ? "shared without stated limits" : null),
  }),
  // "… to help recognize your devices to serve you ads on and off of X." (X).
  addedRule({
    kind: "advertising-sharing",
    practice: "third-parties",
    when: ON_AND_OFF_WORDS,
    unless: USERS_RIGHT_TO_ASK,
    read: (s) => (adsServedOnAndOff(s) ? ADVERTISING_SHARED : null),
  }),
  // "These analytics providers may set tracking technologies … across other websites" (UptimeRobot).
  addedRule({
    kind: "third-party-collection",
    practice: "third-parties",
    when: OTHERS_COLLECT_WORDS,
    read: (s) => (othersCollectOnTheSite(s) ? OTHERS_COLLECT_VALUE : null),
  }),
  // The double reading of 2027-01-29 (read-since-2027-01-30.ts): "The troubleshooting log gets
  // securely erased every few hours." (hide.me).
  addedRule({
    kind: "retention-deletion",
    practice: "retention",
    when: ERASED_EVERY_FEW_WORDS,
    read: erasedEveryFew,
  }),
  // The double reading of 2027-02-03 (read-since-2027-02-04.ts): "VocabularySpellingCity does not
  // delete any information that children have contributed to VocabularySpellingCity."
  addedRule({
    kind: "retention-indefinite",
    practice: "retention",
    when: NEVER_DELETED_WORDS,
    read: (s) => {
      const what = neverDeleted(s);
      return what ? `${what} ${INDEFINITE_VALUE}` : null;
    },
  }),
  // "legal and regulatory authorities, upon request, or for the purposes of reporting any actual or
  // suspected breach of applicable law or regulation;" (IndieGala), and "Government authorities;"
  // under a lead-in that shares "to the extent we deem it necessary to … perform our operations"
  // (XVideos).
  addedRule({
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: AUTHORITIES_WORDS,
    unless: SHARING_DENIED_OR_BARRED,
    read: (s, soFar) =>
      disclosedOnRequestOrSuspicion(s, soFar.leadIn ?? "") ||
      authoritiesListedAtJudgement(s, soFar.leadIn ?? "") ||
      // The double reading of 2027-02-06 (read-since-2027-02-07.ts): "(ii) assist in the prevention or
      // detection of crime" (Match).
      givenToHelpAgainstCrime(s, soFar.leadIn ?? "")
        ? AT_ITS_JUDGEMENT
        : null,
  }),
  // "If you do not want to receive communications from us, please indicate your preference by
  // contacting us at support@guilded.gg." (Guilded).
  addedRule({
    kind: "opt-out",
    practice: "choice",
    when: MESSAGES_REFUSED_WORDS,
    // Telling the company is the way when the sentence names no address: "please let us know".
    read: (s) => {
      if (!messagesRefusedByTelling(s)) return null;
      const how = optOutHow(s);
      return `of marketing messages, ${how === OPT_OUT_HOW_UNSTATED ? "by contacting the company" : how}`;
    },
  }),
  // The double reading of 2027-02-05 (read-since-2027-02-06.ts): "Wire will not disclose your data
  // to public authorities unless Wire is obliged to do so under Swiss law." (Wire).
  onlyUnderLegalProcessWhen(
    NOT_DISCLOSED_TO_AUTHORITIES_WORDS,
    notDisclosedToAuthoritiesUnlessObliged,
  ),
  // "If you are logged into your Google account in the background, additional cookies may be set
  // by Google." (Hetzner).
  trackingWhere(PLATFORM_SETS_COOKIES_WORDS, cookiesSetByAPlatform),
  // "To increase the protection and security of your data, we use a tool that automatically
  // detects personal data." (Hetzner).
  addedRule({
    kind: "safeguards",
    practice: "security",
    when: PURPOSE_FIRST_WORDS,
    read: safeguardsPurposeFirst,
  }),
  // The double reading of 2027-02-06 (read-since-2027-02-07.ts): "If you do not want us to share
  // your personal information with unaffiliated or non-agent third-parties for promotional
  // purposes, you can opt-out …" (The Mirror).
  advertisingSharedWhen(OPTED_OUT_OF_SHARING_WORDS, optedOutOfSharingForPromotion),
  // "We and our partners use cookies and other similar technologies on our Sites to collect
  // information about you." (Deliveroo).
  trackingWhere(PARTNERS_USE_COOKIES_WORDS, (s) =>
    partnersUseCookiesToCollect(s) ? "partners' cookies collecting information about you" : null,
  ),
  // The double reading of 2027-02-07 (read-since-2027-02-08.ts): the user's activity collected
  // across third-party sites (Hearst), third parties building their own profiles for advertising
  // (The Reach Group), and disclosure at the company's judgement as a numbered ground (Ubiquiti).
  trackingWhere(COLLECTED_ACROSS_WORDS, (s) =>
    activityCollectedAcrossSites(s) ? "tracking across websites" : null,
  ),
  // The double reading of 2027-02-08 (read-since-2027-02-09.ts): personal data given to no third
  // party at all (Jottacloud).
  {
    kind: "no-sharing",
    practice: "third-parties",
    when: NO_SHARING_WORDS,
    value: (s) => (notSharedWithAnyThirdParty(s) ? NOT_SHARED : null),
  },
  // The double reading of 2027-02-08 (read-since-2027-02-09.ts): data given to report a suspected
  // crime (Vimeo), and partners given data "so they can contact you about their products and
  // services" (Vodafone Ireland).
  addedRule({
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: REPORT_CRIME_WORDS,
    read: (s, soFar) =>
      disclosedToReportACrime(s) && !LEAD_IN_AT_LAW.test(soFar.leadIn ?? "")
        ? AT_ITS_JUDGEMENT
        : null,
  }),
  advertisingSharedWhen(SO_THEY_CAN_MARKET_WORDS, (s, soFar) =>
    sharedSoTheyCanMarket(s, soFar.leadIn ?? "", soFar.heading ?? ""),
  ),
  advertisingSharedWhen(PROFILES_WORDS, thirdPartiesBuildProfilesForAds),
  // The double reading of 2027-02-09 (read-since-2027-02-10.ts): ad companies using what they
  // learn on the site and elsewhere for their ads (Savetz Publishing), partners sent data so they
  // can send their promotions (Myspace), a denial of sharing for others' marketing with an
  // exception (The Register), data given for a recipient's mailing list (Bandcamp), copies of
  // earlier versions kept for the company's records (Amazon.com), and authorities given data to
  // prevent fraud (The Register).
  advertisingSharedWhen(VISITS_ELSEWHERE_WORDS, adCompaniesUseDataForTheirAds),
  // The double reading of 2027-02-12 (read-since-2027-02-13.ts): a recipient said to use the data
  // for its own advertising (Watch.Hockey's Facebook pixel).
  advertisingSharedWhen(ADS_OF_THEIR_OWN_WORDS, recipientUsesForOwnAds),
  // The double reading of 2027-02-13 (read-since-2027-02-14.ts): advertisers combining the site's
  // tracking data with their own (WP Engine); of 2027-02-14 (read-since-2027-02-15.ts): a financial
  // notice's "For our nonaffiliates to market to you — Yes" (PayPal), residual data because of
  // backups (Toyota Connected Services), data stored securely (Zillow), and disclosure to the
  // authorities on a belief of a breach (Waze).
  // The double reading of 2027-02-15 (read-since-2027-02-16.ts): data shared with third parties to
  // show targeted ads (CafeMom), details forwarded for a partner's advertising emails (Donkey
  // Republic), and a processors table's row of a company that tracks for ads (Donkey Republic).
  advertisingSharedWhen(TARGETED_ADS_WORDS, sharedForTargetedAds),
  advertisingSharedWhen(FORWARDED_WORDS, (s, soFar) =>
    forwardedForPartnersEmails(s, soFar.sentenceBefore),
  ),
  trackingWhere(AD_TRACKING_ROW_WORDS, adTrackingRow),
  // The double reading of 2027-02-17 (read-since-2027-02-18.ts): data given to sellers so they
  // send marketing (TikTok), partners telling the user of products (Samsung), identifiers shared
  // for targeted ads (Shein), business partners offering the user products (Zora), cookies doing
  // the targeting the sentence before gives marketing partners (Binance), and authorities given
  // data on a request about anything that may bring liability (Viber).
  advertisingSharedWhen(SEND_MARKETING_WORDS, sharedSoTheySendMarketing),
  advertisingSharedWhen(INTERESTED_WORDS, partnersTellOfProducts),
  advertisingSharedWhen(IDENTIFIERS_WORDS, identifiersSharedForTargetedAds),
  advertisingSharedWhen(OFFER_YOU_WORDS, partnersOfferYou),
  trackingWhere(BY_COOKIES_WORDS, (s, soFar) => cookiesDoTheTargeting(s, soFar.sentenceBefore)),
  atItsJudgementWhen(LIABILITY_WORDS, disclosedOnARequestAboutLiability),
  // The double reading of 2027-02-18 (read-since-2027-02-19.ts): partners given data so they
  // contact the user with offers (Energia), and authorities' investigations as a ground of
  // disclosure of its own (Energia).
  advertisingSharedWhen(CONTACTING_WORDS, partnersContactYouWithOffers),
  atItsJudgementWhen(INVESTIGATIONS_WORDS, disclosedForInvestigations),
  // The double reading of 2027-02-19 (read-since-2027-02-20.ts): ad networks targeting the user
  // on other sites with what they learn of the visit (UsersDrive), partners "who specialize in
  // advertising across multiple websites" (W3Schools), recipients a state law's notice names as
  // parties in cross-context behavioural advertising (Wargaming), ad-serving companies keeping the
  // identifiers under their own policies (pixiv), and a matter referred to the police (Bing).
  advertisingSharedWhen(OTHER_SITES_WORDS, networksTargetYouElsewhere),
  advertisingSharedWhen(CROSS_SITE_WORDS, sharedWithCrossSiteAdvertisers),
  trackingWhere(CROSS_SITE_WORDS, (s) =>
    crossSiteAdvertisers(s) ? "advertising across websites" : null,
  ),
  advertisingSharedWhen(CROSS_CONTEXT_WORDS, soldToCrossContextAdvertisers),
  advertisingSharedWhen(OWN_POLICY_WORDS, (s, soFar) =>
    adCompaniesKeepUnderOwnPolicy(s, soFar.sentenceBefore),
  ),
  atItsJudgementWhen(REFER_WORDS, referredToThePolice),
  // The double reading of 2027-02-20 (read-since-2027-02-21.ts): an exception to "unless
  // compelled" at the company's conviction (LibraryThing), a new owner bound to honour the
  // company's promises (LibraryThing), and analytics the company runs itself (ProtonMail).
  atItsJudgementWhen(CONVINCED_WORDS, compelledOrAtOurJudgement),
  addedRule({
    kind: "successor-bound",
    practice: "business-transfer",
    when: NEW_OWNER_WORDS,
    read: (s) =>
      newOwnerHonoursThem(s) ? "users notified or successor bound by the policy" : null,
  }),
  addedRule({
    kind: "cookies-persistent",
    practice: "cookies",
    when: OWN_ANALYTICS_WORDS,
    read: (s) => ownAnalytics(s),
  }),
  // The double reading of 2027-02-21 (read-since-2027-02-22.ts): companies that want to market
  // to the user (The New York Times), a recipient's use for the ads of its own network (Alpha
  // Vantage), requests answered in a public interest (Bolt), and an outside body named on request
  // (Kick).
  advertisingSharedWhen(MARKET_TO_YOU_WORDS, companiesThatMarketToYou),
  advertisingSharedWhen(OWN_NETWORK_WORDS, adsOfItsOwnNetwork),
  atItsJudgementWhen(PUBLIC_INTEREST_WORDS, answeredInThePublicInterest),
  addedRule({
    kind: "recourse-elsewhere",
    practice: "disputes",
    when: GOVERNING_WORDS,
    read: (s) => bodyNamedOnRequest(s),
  }),
  // The double reading of 2027-02-22 (read-since-2027-02-23.ts): the trackers' data used by
  // others for ads on other sites (Couchsurfing), a belief that "this will help" protect rights
  // (Wix), and the user's profile information changed at any time (MouthShut).
  advertisingSharedWhen(BY_OTHERS_WORDS, usedByOthersForAdsElsewhere),
  atItsJudgementWhen(HELP_WORDS, sharedAsItBelievesThisHelps),
  addedRule({
    kind: "correction-right",
    practice: "access",
    when: CHANGE_AT_ANY_TIME_WORDS,
    read: (s, soFar) =>
      changeItAtAnyTime(s, soFar.heading ?? "") ? RIGHT_READ_AS["correction-right"] : null,
  }),
  // The double reading of 2027-02-23 (read-since-2027-02-24.ts): disclosure where the law does
  // not require it (Coinbase), a violation reported to the authorities (Google), disclosure for the
  // prevention of crime (Daily Mail), and partners collecting for their own marketing (IKEA).
  atItsJudgementWhen(NOT_REQUIRED_WORDS, sharedWhereNotRequired),
  atItsJudgementWhen(REPORT_WORDS, violationReported),
  atItsJudgementWhen(PREVENTING_CRIME_WORDS, disclosedAgainstCrime),
  advertisingSharedWhen(THEIR_OWN_MARKETING_WORDS, collectedForTheirOwnMarketing),
  // The double reading of 2027-02-24 (read-since-2027-02-25.ts): ad companies using what they
  // collect for others' advertising (Visible), an advertiser given the contact to contact the user
  // (Instagram), activity off the products used for ads (Instagram), data combined with browsing for
  // ads on other services (Qwant), data sent within a region (Qwant), and disclosure "to advance"
  // the company's interests (Visible).
  advertisingSharedWhen(OTHERS_ADVERTISING_WORDS, usedForOthersAdvertising),
  advertisingSharedWhen(ADVERTISER_WORDS, advertiserMayContactYou),
  advertisingSharedWhen(COMBINED_WORDS, combinedForAdsElsewhere),
  trackingWhere(ACTIVITY_OFF_WORDS, activityOffTheProductsForAds),
  addedRule({
    kind: "data-location",
    practice: "international",
    when: WITHIN_WORDS,
    read: (s) => transmittedWithinARegion(s),
  }),
  atItsJudgementWhen(ADVANCE_WORDS, disclosedToAdvanceItsInterests),
  // The double reading of 2027-02-25 (read-since-2027-02-26.ts): data used to market others'
  // products (Epassi, Solana), cookies that aim ads on other sites (Overleaf), and data shared on
  // the company's belief that the user broke the law (Solana).
  addedRule({
    kind: "marketing-use",
    practice: "use",
    when: OTHERS_PRODUCTS_WORDS,
    read: (s) => (usedToMarketOthersProducts(s) ? "data used to market others' products" : null),
  }),
  trackingWhere(OTHER_SITES_WORDS, adsAimedOnOtherSites),
  atItsJudgementWhen(BELIEF_OF_UNLAWFULNESS_WORDS, (s, soFar) =>
    sharedOnBeliefOfUnlawfulness(s, soFar.leadIn ?? ""),
  ),
  // The double reading of 2027-02-26 (read-since-2027-02-27.ts): partners given data to aim ads,
  // as a list's item (TP-Link), disclosure only when obliged on legal grounds (XING), and
  // advertisers let collect through the service's cookies (Yelp).
  advertisingSharedWhen(AIMED_ITEM_WORDS, (s, soFar) =>
    partnersListedToAimAds(s, soFar.leadIn ?? ""),
  ),
  onlyUnderLegalProcessWhen(OBLIGED_WORDS, onlyWhenObligedByLaw),
  advertisingSharedWhen(LET_COLLECT_WORDS, advertisersLetCollect),
  // The double reading of 2027-02-27 (read-since-2027-02-28.ts): recipients listed under a heading
  // of sharing for their own marketing (Thomson Reuters), ad companies let set their cookies on the
  // service (Yahoo), third parties' technology serving ads on other sites (IPinfo), data used in
  // criminal proceedings "if appropriate" (Ethereum), and rights named in a series (Interstellar Lab).
  advertisingSharedWhen(
    THEIR_PRODUCTS_WORDS,
    (s, soFar) => SHARING_HEADING.test(soFar.heading ?? "") && listedForTheirMarketing(s),
  ),
  advertisingSharedWhen(LET_SET_COOKIES_WORDS, adCompaniesLetSetCookies),
  advertisingSharedWhen(THEIR_TECHNOLOGY_WORDS, theirTechnologyForAdsElsewhere),
  atItsJudgementWhen(PROCEEDINGS_WORDS, usedInProceedingsAsItSeesFit),
  addedRule({
    kind: "correction-right",
    practice: "access",
    when: RIGHTS_SERIES_NAMED_WORDS,
    read: (s) => (rightsNamedInASeries(s) ? RIGHT_READ_AS["correction-right"] : null),
  }),
  // The double reading of 2027-02-28 (read-since-2027-03-01.ts): ads on the company's sites and
  // others' aimed at the user's interests (FedEx).
  // FedEx's sentence is cut at a quote's length between the ads and the sites: read it whole.
  trackingWhere(
    SITES_OF_OTHERS_WORDS,
    (s, soFar) =>
      adsOnSitesOfOthers(s) ??
      (soFar.pieceBefore ? adsOnSitesOfOthers(`${soFar.pieceBefore.slice(-400)} ${s}`) : null),
  ),
  // The double reading of 2027-03-01 (read-since-2027-03-02.ts): data given to the police over
  // possible fraud (Booking.com), a partner given data for personalised offers and offers from
  // partner companies (Lydia), and ad servers' own campaigns and ads on other sites (Qiwi.gg).
  atItsJudgementWhen(POSSIBLE_FRAUD_WORDS, disclosedOverPossibleFraud),
  {
    kind: "advertising-sharing",
    practice: "third-parties",
    when: PERSONALISED_OFFERS_WORDS,
    value: (s, policy) => (partnerAnalysesForOffers(s, policy.own) ? ADVERTISING_SHARED : null),
  },
  advertisingSharedWhen(THEIR_CAMPAIGNS_WORDS, theirCampaignsAndAdsElsewhere),
  // The double reading of 2027-03-02 (read-since-2027-03-03.ts): data shared with the authorities
  // with no condition (Pornhub), an item that "helps" under a lead-in of belief (Roblox), providers
  // that help advertisers serve ads (Reddit), and ad partners let collect for ads (Vinted, Webs).
  atItsJudgementWhen(UNCONDITIONAL_WORDS, sharedWithAuthoritiesUnconditionally),
  atItsJudgementWhen(HELPS_WORDS, (s, soFar) => itemHelpsUnderABelief(s, soFar.leadIn ?? "")),
  advertisingSharedWhen(HELP_ADVERTISERS_WORDS, providersHelpAdvertisers),
  advertisingSharedWhen(AD_PARTNERS_COLLECT_WORDS, adPartnersCollectForAds),
  // The double reading of 2027-02-16 (read-since-2027-02-17.ts): some data kept past the
  // account's end with no bound (npm), any data included in a business transfer under its heading
  // (Bumble), and an affiliate marketing network the company works with (Deutsche Bahn's Awin).
  addedRule({
    kind: "retention-indefinite",
    practice: "retention",
    when: KEPT_PAST_CLOSING_WORDS,
    read: (s) => (keptPastClosing(s) ? KEPT_PAST_CLOSING_VALUE : null),
  }),
  addedRule({
    kind: "transfer-as-asset",
    practice: "business-transfer",
    when: INCLUDED_WORDS,
    read: (s, soFar) =>
      anyDataInATransfer(s, soFar.heading ?? "") ? "data passes with the business's assets" : null,
  }),
  trackingWhere(AFFILIATE_WORDS, affiliateNetwork),
  atItsJudgementWhen(AUTHORITIES_WORDS, (s, soFar) =>
    sharedOnBeliefOfABreach(s, soFar.sentenceBefore),
  ),
  addedRule({
    kind: "safeguards",
    practice: "security",
    when: STORED_SECURELY_WORDS,
    read: (s) => (storedSecurely(s) ? "stored securely" : null),
  }),
  addedRule({
    kind: "retention-backups",
    practice: "retention",
    when: RESIDUE_WORDS,
    read: (s) => (residueInBackups(s) ? "kept in backups or archives, no limit stated" : null),
  }),
  advertisingSharedWhen(NONAFFILIATES_WORDS, nonaffiliatesMarketToYou),
  advertisingSharedWhen(ADVERTISERS_COMBINE_WORDS, advertisersCombineTheData),
  advertisingSharedWhen(SO_THEY_SEND_WORDS, sharedSoTheySendPromotions),
  advertisingSharedWhen(UNLESS_WORDS, deniedForTheirMarketingUnless),
  advertisingSharedWhen(MAILING_LIST_WORDS, givenForTheirMailingList),
  addedRule({
    kind: "deletion-right",
    practice: "access",
    when: HAVE_IT_DELETED_WORDS,
    read: (s) => (youCanHaveItDeleted(s) ? RIGHT_READ_AS["deletion-right"] : null),
  }),
  addedRule({
    kind: "retention-backups",
    practice: "retention",
    when: PRIOR_VERSIONS_WORDS,
    read: (s) => (priorVersionsKept(s) ? PRIOR_VERSIONS_KEPT_VALUE : null),
  }),
  atItsJudgementWhen(PREVENT_FRAUD_WORDS, (s, soFar) =>
    authoritiesGivenDataAgainstFraud(s, soFar.leadIn ?? "", soFar.heading ?? ""),
  ),
  addedRule({
    kind: "discretionary-disclosure",
    practice: "law-enforcement",
    when: GROUND_WORDS,
    read: (s) =>
      LEGAL_DISCLOSURE_WORDS.test(s) && groundAtJudgementInANumberedList(s)
        ? AT_ITS_JUDGEMENT
        : null,
  }),
  // "We store User Content indefinitely." under "How long we retain information for active
  // customers" (Buffer): kept while the account is active, as "Active accounts will have data
  // retained indefinitely" is.
  addedRule({
    kind: "retention-while-needed",
    practice: "retention",
    when: /\b(?:indefinitely|permanently|forever)\b/i,
    read: (s, soFar) =>
      indefiniteWhileActiveByHeading(s, soFar.heading ?? "") ? "while the account is active" : null,
  }),
  // The double reading of 2027-02-10 (read-since-2027-02-11.ts): cookies' login and preferences
  // named as information collected from them (Hugging Face).
  addedRule({
    kind: "cookies-persistent",
    practice: "cookies",
    when: /\bcookies\b/i,
    read: (s) => (informationFromCookies(s) ? "cookies that store your preferences" : null),
  }),
  // The double reading of 2027-01-31 (read-since-2027-01-31.ts): partners named outright, "These
  // third-party partners, which currently are Meta Platforms Ireland Limited, Google LLC and …"
  // (Finnair), where the first rule's gate finds no sharing in the sentence.
  {
    kind: "named-partner",
    practice: "third-parties",
    when: /\b(?:which|who)\b/i,
    value: (s) => {
      const list = SHARING_CONTEXT.test(s) ? null : partnersListedOutright(s);
      const partners = list ? partnersNamed(list) : [];
      return partners.length ? { value: partners.map((x) => x.name).join(", "), partners } : null;
    },
  },
];

/**
 * The sentence read by the kind's first rule with its purpose clause said as "for their own
 * marketing purposes" (theirMarketingAsPurpose), where that rule does not read it as written.
 */
function readAsTheirOwnMarketing(kind: FactKind, value: string) {
  return (s: string, policy: PolicyWords) => {
    // Since the double reading of 2027-01-31 also their interest, "companies … who are interested
    // in marketing their products or services to you" (Shockwave.com; read-since-2027-01-31.ts).
    const rewritten = theirMarketingAsPurpose(s) ?? theirInterestInMarketing(s);
    return rewritten &&
      !readByFirstRule(kind, s, policy) &&
      readByFirstRule(kind, rewritten, policy)
      ? value
      : null;
  };
}
/** Advertising sharing said by an item under a lead-in that gives the data (soFar.leadIn). */
function listedForAdvertisingRule(): Extractor {
  const self: Extractor = {
    kind: "advertising-sharing",
    practice: "third-parties",
    when: LISTED_FOR_ADVERTISING_WORDS,
    unless: USERS_RIGHT_TO_ASK,
    value: (s, policy, _previous, soFar) =>
      soFar.leadIn &&
      listedForAimedAdvertising(s) &&
      !readByAnEarlierRule("advertising-sharing", s, policy, self, soFar)
        ? ADVERTISING_SHARED
        : null,
  };
  return self;
}
/**
 * Whether a rule of the kind listed before `self` already reads the sentence, as it stands in its
 * clause: an earlier rule that reads by the clause's lead-in ("We may disclose personal
 * information about you, including:") counts, so a later rule does not keep the same fact twice.
 */
function readByAnEarlierRule(
  kind: FactKind,
  s: string,
  policy: PolicyWords,
  self: Extractor,
  soFar: ClauseSoFar,
) {
  for (const x of EXTRACTORS) {
    if (x === self) return false;
    if (x.kind !== kind || (x.when && !x.when.test(s)) || x.unless?.test(s)) continue;
    if (x.value(s, policy, "", soFar)) return true;
  }
  return false;
}
function rightWished(kind: keyof typeof RIGHT_READ_AS): Extractor {
  const self: Extractor = {
    kind,
    practice: "access",
    when: RIGHTS_WISHED_WORDS,
    unless: REQUEST_COUNTS,
    value: (s, policy, _previous, soFar) => {
      const offered = NOT_THE_USERS_RIGHT.test(s) ? null : rightsWished(s);
      if (!offered || !(kind === "deletion-right" ? offered.delete : offered.see)) return null;
      return readByAnEarlierRule(kind, s, policy, self, soFar) ? null : RIGHT_READ_AS[kind];
    },
  };
  return self;
}

/**
 * A rule that reads nothing where `ruledOut` holds. The rule is asked first: it reads nothing in
 * most sentences, and then the test is never run (reading speed). Both are pure, so the answer is
 * the one of testing first.
 */
function readUnless(
  ruledOut: (s: string) => boolean,
  read: Extractor["value"],
): Extractor["value"] {
  return (s, policy, previous, soFar) => {
    const found = read(s, policy, previous, soFar);
    return found === null || ruledOut(s) ? null : found;
  };
}

/**
 * The audit of 2026-12-15: every rule of seeing or correcting reads the sentence without the words
 * that only look like such a right ("This data protection notice may be updated", "modify how we
 * share", "change your mind", "lose access to your account"; read-since-2026-12-15.ts). Wrapped
 * here, once, so that the rules above keep their lines.
 */
const notARightToSeeOrCorrect = lastAnswer(blankNotARightToSeeOrCorrect);
for (const x of EXTRACTORS) {
  if (x.kind !== "correction-right") continue;
  const read = x.value;
  x.value = (s, policy, previous, soFar) =>
    read(notARightToSeeOrCorrect(s), policy, previous, soFar);
}
/**
 * The review of 2027-01-02: a line that only sends the reader to the vendor ("Contact the vendor
 * for additional information.", App Store) gives no data to a service provider.
 */
for (const x of EXTRACTORS) {
  if (x.kind !== "service-providers") continue;
  const read = x.value;
  x.value = readUnless(contactTheVendorOnly, read);
}
/**
 * The re-audit of 2027-01-01 (read-since-2027-01-01.ts): words that only look like encryption,
 * advertising sharing or a right to correct ("Email (in a hashed or encrypted form)", "Only
 * de-identified and aggregated information may be provided to advertising partners", a setting of
 * time) state none, whichever rule of the kind reads them.
 */
const notStatedOf = new Map<FactKind, (s: string) => boolean>();
for (const x of EXTRACTORS) {
  const kind = x.kind;
  if (kind !== "encryption" && kind !== "advertising-sharing" && kind !== "correction-right")
    continue;
  const read = x.value;
  let notStated = notStatedOf.get(kind);
  if (!notStated) notStatedOf.set(kind, (notStated = lastAnswer((s) => notStatedBy(kind, s))));
  const stated = notStated;
  x.value = readUnless(stated, read);
}
/**
 * The re-audit of 2027-01-04 (read-since-2027-01-04.ts): access the user enables for an app to the
 * device's photos (location, contacts …) is no right to see or correct data (We Heart It).
 */
const onlyDeviceAccess = lastAnswer(deviceAccessOnly);
for (const x of EXTRACTORS) {
  if (x.kind !== "correction-right") continue;
  const read = x.value;
  x.value = readUnless(onlyDeviceAccess, read);
}
/**
 * The re-audit of 2027-01-06 (read-since-2027-01-06.ts): where data is stored names the other
 * countries the sentence names beside the first place ("the United States or other countries",
 * Woman's Day, Zoom, Bandcamp), and a cookie's definition ("Cookies are small encrypted text
 * files", IKEA) states no encryption.
 */
for (const x of EXTRACTORS) {
  if (x.kind !== "data-location") continue;
  const read = x.value;
  x.value = (s, policy, previous, soFar) => {
    const place = read(s, policy, previous, soFar);
    return typeof place === "string" ? withOtherPlaces(s, place) : place;
  };
}
for (const x of EXTRACTORS) {
  if (x.kind !== "encryption") continue;
  const read = x.value;
  x.value = readUnless(cookieDefinedAsEncrypted, read);
}
/**
 * The re-audit of 2027-01-07 (read-since-2027-01-07.ts): a switch logged as data ("when you enable
 * and disable the proxy", Firefox Private Network) and a cookie table's row ("criteo.com — optout,
 * uid, uid3pd — Third Party", Zoosk) offer no opt-out; recipients "prohibited from using it for
 * their own purposes" (Nextdoor) are given nothing for their advertising.
 */
const aCookieTableRow = lastAnswer(cookieTableRow);
const switchingLoggedBlanked = lastAnswer(withoutSwitchingLogged);
for (const x of EXTRACTORS) {
  if (x.kind !== "opt-out") continue;
  const read = x.value;
  x.value = (s, policy, previous, soFar) =>
    aCookieTableRow(s) ? null : read(switchingLoggedBlanked(s), policy, previous, soFar);
}
const ownUseForbiddenBlanked = lastAnswer(withoutOwnUseForbidden);
for (const x of EXTRACTORS) {
  if (x.kind !== "advertising-sharing") continue;
  const read = x.value;
  x.value = (s, policy, previous, soFar) =>
    read(ownUseForbiddenBlanked(s), policy, previous, soFar);
}
/**
 * The re-audit of 2027-01-08 (read-since-2027-01-08.ts): a data item in a list
 * ("encrypted voice data", WeChat) or the operating system's disk encryption (Thunderbird) is no
 * encryption of the company's; others' measures (Zoosk) are no safeguard of its own.
 */
for (const x of EXTRACTORS) {
  const kind = x.kind;
  if (kind !== "encryption" && kind !== "safeguards") continue;
  const read = x.value;
  if (kind === "encryption")
    x.value = (s, policy, previous, soFar) =>
      read(blankEncryptionNotTheCompanys(s), policy, previous, soFar);
  else
    x.value = (s, policy, previous, soFar) => read(blankOthersMeasures(s), policy, previous, soFar);
}
/**
 * The re-audit of 2027-01-09 (read-since-2027-01-09.ts): third parties' cookies the user refuses
 * (GraphCMS) are no tracking on the site; the user's own carrier (Gmail), a provider data is
 * carried to at the user's request (The Register) and a list of sources (LinkedIn) are no
 * recipients; sharing for marketing denied in the passive (Verizon) is no such sharing.
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "third-party-tracking")
    x.value = (s, policy, previous, soFar) =>
      read(blankThirdPartyCookiesRefused(s), policy, previous, soFar);
  else if (x.kind === "service-providers") {
    // The rules of the kind rely on their gate for the provider's word: the blanked sentence
    // must still pass it.
    const gate = x.when;
    x.value = (s, policy, previous, soFar) => {
      const blanked = blankProvidersNotRecipients(s);
      return blanked !== s && gate && !gate.test(blanked)
        ? null
        : read(blanked, policy, previous, soFar);
    };
  } else if (x.kind === "marketing-sharing")
    x.value = readUnless(marketingSharingDeniedPassively, read);
}
/**
 * The re-audit of 2027-01-10 (read-since-2027-01-10.ts): settings in a short list (Vimeo), interests
 * for advertising (Google) and what customers may export from the user's profile (LinkedIn) are no
 * correction of the user's data. (Its processors' measures, Scaleway's, are read by the rule of
 * 2027-01-08 above.)
 */
const noCorrectionOfYours = lastAnswer(blankNoCorrectionOfYours);
for (const x of EXTRACTORS) {
  if (x.kind === "correction-right") {
    const read = x.value;
    x.value = (s, policy, previous, soFar) => read(noCorrectionOfYours(s), policy, previous, soFar);
  }
}
/**
 * The re-audit of 2027-01-16 (read-since-2027-01-16.ts): access removed from a sign-in link ("you can
 * remove access through your Google Account", ArtStation) is no right to see, correct or delete.
 */
// One for each kind: the two kinds ask it about different rewrites of a sentence.
const accessRemovedFor = {
  "correction-right": lastAnswer(blankAccessRemoved),
  "deletion-right": lastAnswer(blankAccessRemoved),
};
for (const x of EXTRACTORS) {
  if (x.kind !== "correction-right" && x.kind !== "deletion-right") continue;
  const read = x.value;
  const accessRemoved = accessRemovedFor[x.kind];
  x.value = (s, policy, previous, soFar) => read(accessRemoved(s), policy, previous, soFar);
}
/** Nor is a setting changed (the audit of 2026-12-17: read-since-2026-12-17.ts). */
const settingChanged = lastAnswer(blankSettingChanged);
for (const x of EXTRACTORS) {
  if (x.kind !== "correction-right") continue;
  const read = x.value;
  x.value = (s, policy, previous, soFar) => read(settingChanged(s), policy, previous, soFar);
}
/**
 * The audit of 2026-12-21 (read-since-2026-12-21.ts): a notice of a business transfer or a legal
 * basis's purpose is no notice of the policy's changes, and changes announced on the company's
 * blog or site are posted, not told directly.
 */
for (const x of EXTRACTORS) {
  if (x.kind !== "change-notice") continue;
  const read = x.value;
  x.value = (s, policy, previous, soFar) => {
    if (noticeOfABusinessTransfer(s) || noticeOnlyAsABasis(s)) return null;
    if (noticeAsAPurposeListed(s) || changeOfTheTermsOnly(s) || questionOnly(s)) return null; // audit of 2026-12-22
    const found = read(s, policy, previous, soFar);
    return found === "direct notice" && changesAnnouncedForAll(s) && !DIRECT_CHANNEL.test(s)
      ? "posted on the site"
      : found;
  };
}
/** A gate tested once per sentence and reused must not carry state between calls. */
for (const x of EXTRACTORS)
  for (const re of [x.when, x.unless])
    if (re && (re.global || re.sticky))
      throw new Error(`extract-facts: the ${x.kind} rule's gate /${re.source}/ has a g or y flag`);
/**
 * The audit of 2026-12-25: a supplier's own retention is not the company's; backups "for limited
 * periods"; a regulator the company notifies of a breach is no recourse; leaving a marketing list
 * is an opt-out of marketing messages.
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "retention-period") x.value = readUnless(statedByAnother, read);
  if (x.kind === "opt-out")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      return typeof found === "string" && !found.startsWith("of ") && ofAMarketingList(s)
        ? optOutValue("marketing messages", found)
        : found;
    };
  // Nor a regulator named only as the author of guidance (the double reading of 2027-01-31,
  // read-since-2027-01-31.ts), whichever rule of the kind names it.
  if (x.kind === "regulator") {
    const unlessGuidance = readUnless(
      (s) => companyNotifiesTheAuthority(s) || regulatorAsGuidanceAuthor(s),
      read,
    );
    // The double reading of 2027-02-05 (read-since-2027-02-06.ts): a regulator offered only to
    // some regions' people, by its sentence or its section's heading, is marked so, as a body
    // confined to some users is.
    x.value = (s, policy, previous, soFar) => {
      const found = unlessGuidance(s, policy, previous, soFar);
      // Since the double reading of 2027-02-11 also one its sentence ties to a transfer framework,
      // or a state's attorney general (read-since-2027-02-12.ts).
      // Since the double reading of 2027-02-14 also one in a sentence that opens on its region, a
      // named state's attorney general, and one under a transfer framework's heading (or in a
      // clause that opens on the framework's name), as its own sentence's tie to a framework is
      // (read-since-2027-02-15.ts).
      return typeof found === "string" &&
        (confinedToRegion(s) ||
          opensOnARegion(s) ||
          opensOnCertainCountries(s) || // the double reading of 2027-02-18 (read-since-2027-02-19.ts)
          opensOnARegionsAccount(s) || // the double reading of 2027-02-22 (read-since-2027-02-23.ts)
          opensOnNamedPlaces(s) || // the double reading of 2027-02-23 (read-since-2027-02-24.ts)
          opensOnLawsOfPlaces(s) || // the double reading of 2027-02-28 (read-since-2027-03-01.ts)
          ((!!soFar.regionHeading ||
            soFar.confinedRecourse || // the double reading of 2027-02-15 (read-since-2027-02-16.ts)
            !!soFar.confinedByHeading ||
            tiedToAFramework(s) ||
            stateAttorneyGeneral(s) ||
            namedStateAttorneyGeneral(s) ||
            attorneyGeneralForYourState(s)) &&
            !OPEN_TO_ALL.test(s) &&
            !opensBeside(s)))
        ? `${found}${SOME_USERS_ONLY}`
        : found;
    };
  }
  // The double reading of 2027-02-05: "indefinitely" under a heading for active customers.
  if (x.kind === "retention-indefinite")
    x.value = (s, policy, previous, soFar) =>
      indefiniteWhileActiveByHeading(s, soFar.heading ?? "")
        ? null
        : read(s, policy, previous, soFar);
  if (x.kind === "retention-backups")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      return typeof found === "string" ? backupsForALimitedTime(s, found) : found;
    };
}
/** Nor is data the user has made public disclosed on the company's judgement (the same audit). */
for (const x of EXTRACTORS) {
  if (x.kind !== "discretionary-disclosure") continue;
  const read = x.value;
  x.value = readUnless(madePublicByTheUser, read);
}
/**
 * The audit of 2026-12-23 (read-since-2026-12-23.ts): a limit said of one kind of records is no
 * rule for all legal disclosure; a business transfer read past an aside after the modal ("will, in
 * most cases, be shared"); an opt-out list is no opt-out offered; a hashed identifier is no
 * safeguard, nor hashed data given for advertising (the audit of 2026-12-22, read-since-2026-12-22.ts).
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "process-required") x.value = readUnless(limitForOneKindOfRecords, read);
  else if (x.practice === "business-transfer")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      const plain = found ? null : withoutAsideAfterModal(s);
      return plain ? read(plain, policy, previous, soFar) : found;
    };
  else if (x.kind === "opt-out")
    x.value = (s, policy, previous, soFar) => read(withoutOptOutList(s), policy, previous, soFar);
  else if (x.kind === "encryption")
    x.value = (s, policy, previous, soFar) =>
      hashedIdentifierOnly(s) || hashedDataForAdvertising(s)
        ? null
        : read(s, policy, previous, soFar);
}
/**
 * The audit of 2026-12-22 (read-since-2026-12-22.ts): "represent, warrant and agree" is no warrant
 * served.
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "legal-process")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      return typeof found === "string" && /^warrants?$/i.test(found) && warrantAsAVerbListed(s)
        ? null
        : found;
    };
}

/**
 * The second reading of 2027-01-20 (read-since-2027-01-20.ts): providers named where the company
 * gives them nothing (a table of contents, a disclaimer, where data is stored, its own
 * registration); a count of opt-out requests received; a tracker type's definition and a
 * contract's title; deletion named only as a contract's heading or a cited title.
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "service-providers") x.value = readUnless(providersGivenNothing, read);
  else if (x.kind === "opt-out") x.value = readUnless(optOutRequestsCounted, read);
  else if (x.kind === "third-party-tracking")
    x.value = (s, policy, previous, soFar) =>
      contractTitleOnly(s) ? null : read(blankTrackersDefined(s), policy, previous, soFar);
  else if (x.kind === "retention-deletion")
    x.value = (s, policy, previous, soFar) => {
      const plain = blankDeletionTitles(s);
      return plain === s
        ? read(s, policy, previous, soFar)
        : plain
          ? read(plain, policy, previous, soFar)
          : null;
    };
}

/**
 * The double reading of 2027-01-31 (read-since-2027-02-01.ts): access the user allows the company
 * is no right to see data (Shockwave.com); an account hidden, not its data deleted, is no deletion
 * (Badoo); a bare date line says nothing of how changes are told (Badoo).
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "correction-right") x.value = readUnless(accessOnlyGrantedToUs, read);
  else if (x.kind === "retention-deletion") x.value = readUnless(onlyHiddenOnDeletion, read);
  else if (x.kind === "change-notice") x.value = readUnless(onlyADateLine, read);
}

/**
 * The double reading of 2027-02-05 (read-since-2027-02-06.ts): an opt-out denied, unsubscribing
 * only the condition of a retention sentence, or a condition of the right to erasure is no opt-out
 * offered (Stripchat, Hetzner); users notified only as the law requires are promised no direct
 * notice (Academia.edu).
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "opt-out") x.value = readUnless(optOutNotOffered, read);
  else if (x.kind === "change-notice")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      return found === "direct notice" && notifiedOnlyAsTheLawRequires(s) ? null : found;
    };
}

/**
 * Read since 2027-02-07 and 2027-02-08 (read-since-2027-02-07.ts, read-since-2027-02-08.ts), one
 * wrapper per kind: backups the user need not rely on are none kept (Telegram); cloud sync and a
 * choice of which third parties have access are no right to see data (Telegram, WeChat); a place
 * of storage for some regions' users, by its sentence or by the clause's opening, is said so
 * (Telegram, Alibaba.com); notice given "where appropriate", a purpose of contacting the user, or
 * notice the company may give by email or by posting are no promise of direct notice (Deliveroo,
 * Dune, Ubiquiti: the last reads as posted); a signal the site does not read is no opt-out
 * (Hearst); the company as another's processor shares nothing (Alibaba.com); headings alone state
 * nothing (Ubiquiti, Xanga); a parent's request for a child's data and what is kept once deletion
 * is asked are no deletion right (Ubiquiti); the company's cooperation with a regulator is no
 * recourse (Bolt).
 */
const notARightToSee = lastAnswer(blankNotARightToSee);
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "retention-backups") x.value = readUnless(backupsNotReliedOn, read);
  else if (x.kind === "correction-right")
    x.value = (s, policy, previous, soFar) => read(notARightToSee(s), policy, previous, soFar);
  else if (x.kind === "data-location")
    x.value = (s, policy, previous, soFar) => {
      const place = read(s, policy, previous, soFar);
      return typeof place === "string" &&
        (storedForSomeRegionsOnly(s) || sectionForSomeRegions(soFar?.opening ?? ""))
        ? `${place}${FOR_SOME_USERS_ONLY}`
        : place;
    };
  else if (x.kind === "change-notice")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      if (found !== "direct notice") return found;
      if (noticeOnlyWhereTheCompanyThinksFit(s) || contactAsAPurpose(s)) return null;
      return mayNotifyByEmailOrPosting(s) ? "posted on the site" : found;
    };
  else if (x.kind === "opt-out") x.value = readUnless(optOutSignalNotDetected, read);
  else if (x.kind === "service-providers")
    x.value = readUnless((s) => companyAsProcessor(s) || headingsOnly(s), read);
  else if (x.kind === "third-party-tracking") x.value = readUnless(headingsOnly, read);
  else if (x.kind === "deletion-right") x.value = readUnless(notTheUsersDeletion, read);
  else if (x.kind === "regulator") x.value = readUnless(companyCooperatesWithRegulator, read);
}

/**
 * Read since 2027-02-10 (read-since-2027-02-10.ts): a denial of sharing for others' marketing
 * with an exception that lets it happen is no denial (The Register, Parler); recipients barred
 * from selling are not the company denying a sale (Bandcamp's bands); how far an opt-out reaches,
 * and unsubscribing as the end of a period data is kept, offer no opt-out (Grammarly, Chayn); a
 * limit on the rights grants none (Grammarly).
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "no-marketing-sharing")
    x.value = readUnless(
      // … and since the double reading of 2027-02-17 one whose exception is the user's permission
      // (TikTok; read-since-2027-02-18.ts).
      // And since 2027-02-21 a request the user may make (The New York Times; read-since-2027-02-22.ts).
      (t) => deniedForTheirMarketingUnless(t) || deniedUnlessPermitted(t) || askUsNotToShare(t),
      read,
    );
  else if (x.kind === "no-sale") {
    const unlessRecipients = readUnless(recipientsMayNotSell, read);
    // … and since the double reading of 2027-02-19 a denial over a past year is scoped so
    // (pixiv; read-since-2027-02-20.ts), never "data not sold".
    x.value = (s, policy, previous, soFar) => {
      const found = unlessRecipients(s, policy, previous, soFar);
      if (found === null || Array.isArray(found) || !deniedForAPastYear(s)) return found;
      const value = typeof found === "string" ? found : found.value;
      if (SCOPED_NO_SALE.test(value)) return found;
      const scoped = `${value} (${LOOKBACK_SCOPE})`;
      return typeof found === "string" ? scoped : { ...found, value: scoped };
    };
  } else if (x.kind === "opt-out")
    x.value = readUnless((s) => optOutScopeOnly(s) || keptUntilUnsubscribed(s), read);
  else if (x.kind === "deletion-right" || x.kind === "correction-right")
    x.value = readUnless(rightsOnlyLimited, read);
}

/**
 * Read since 2027-02-11 (read-since-2027-02-11.ts): providers named where nothing is given to
 * anyone (the user's own provider, the company's neighbours, a definition, a pointer); opt-outs
 * denied with an aside, refusals that end the service, a named company disabling content; another's
 * deletion request forwarded; an account's deletion made to wait; telling of changes as a purpose.
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "service-providers") x.value = readUnless(providersNamedNoRecipient, read);
  else if (x.kind === "opt-out") x.value = readUnless(noOptOutAfterAll, read);
  else if (x.kind === "deletion-right") x.value = readUnless(deletionRequestForwarded, read);
  else if (x.kind === "retention-deletion") x.value = readUnless(accountDeletionRequires, read);
  else if (x.kind === "change-notice") x.value = readUnless(informOfChangesAsAPurpose, read);
  else if (x.kind === "third-party-tracking")
    x.value = (s, policy, previous, soFar) =>
      beaconsHeading(s) ? null : read(blankRunInHeading(s), policy, previous, soFar);
}
/**
 * Read since 2027-02-12 (read-since-2027-02-12.ts): opt-outs of what the line says is not done, or
 * another's choice; notice "by other means if applicable", and a heading alone; the company as a
 * provider to others; tracking named only by a heading or a definition.
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "opt-out") x.value = readUnless(optOutThatIsNone, read);
  else if (x.kind === "change-notice") x.value = readUnless(noticeThatIsNone, read);
  else if (x.kind === "service-providers") x.value = readUnless(companyAsAProvider, read);
  else if (x.kind === "third-party-tracking") x.value = readUnless(trackingNamedOnly, read);
}
/**
 * Read since 2027-02-13 (read-since-2027-02-13.ts): notified "here", on the page, is posting; the
 * user's own ad or analytics account is no tracker.
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "change-notice")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      return found === "direct notice" && notifiedOnThePage(s) ? "posted on the site" : found;
    };
  // … and the user's own ad or analytics account is no tracker on the service, nor the company's
  // own ad product by its name ("Learn more about Google ads …" in Google's policy).
  else if (x.kind === "third-party-tracking") {
    const unlessOwnAccount = readUnless(usersOwnAdAccount, read);
    x.value = (s, policy, previous, soFar) => {
      const found = unlessOwnAccount(s, policy, previous, soFar);
      return typeof found === "string" && namedForTheCompany(found, policy.own) ? null : found;
    };
  } else if (x.kind === "cookies-persistent") x.value = readUnless(usersOwnAdAccount, read);
}

/**
 * Read since 2027-02-14 (read-since-2027-02-14.ts): what a domain administrator may do is no
 * disclosure of the company's; consent withdrawn as a ground of erasure; a notice on the site; a
 * deletion refused, e-service providers and list labels; a denial until the user asks; an age band;
 * a signal's prior setting; advice to delete. Read since 2027-02-15 (read-since-2027-02-15.ts): a
 * signal not always answered; a login cookie; others' breaches; partners marketing the company's
 * own services; a message in the service; a change that takes effect after a time.
 */
for (const x of EXTRACTORS) {
  const read = x.value;
  if (x.kind === "legal-process")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      return found === null || administratorsItem(s, soFar.heading ?? "") ? null : found;
    };
  // … consent withdrawn as a ground of erasure is no opt-out offered; a notice on the site, with
  // other means for some and unnamed, is posting; a deletion refused for providers gives nothing.
  else if (x.kind === "opt-out")
    x.value = readUnless(
      (s) => withdrawalAsAGround(s) || noOptOutOffered(s) || withdrawalAsAnErasureGround(s),
      read,
    );
  else if (x.kind === "service-providers")
    x.value = readUnless(
      (s) =>
        deletionRefusedForProviders(s) ||
        eServiceProvidersOnly(s) ||
        letteredLabel(s) ||
        // … nor providers only protected (2027-02-15, read-since-2027-02-16.ts).
        providersOnlyProtected(s),
      read,
    );
  // … nor a denial of giving advertisers what identifies the user, until the user asks; an age
  // band of older minors is no children's threshold; a signal's prior setting not carried over is
  // no signal ignored.
  else if (x.kind === "no-marketing-sharing")
    x.value = readUnless(identifyingDataOnlyUntilAsked, read);
  else if (x.kind === "children-age") x.value = readUnless(ageBandOnly, read);
  else if (x.kind === "do-not-track") {
    const unlessPrior = readUnless(priorSettingNotHonoured, read);
    // … and a signal the company may not always answer is mentioned, not honoured.
    x.value = (s, policy, previous, soFar) => {
      const found = unlessPrior(s, policy, previous, soFar);
      return typeof found === "string" &&
        found.endsWith(": honoured") &&
        // … or, since the double reading of 2027-02-17, no standard for it is said to exist.
        (signalNotAlwaysAnswered(s) || noStandardForTheSignal(s))
        ? found.replace(/: honoured$/, ": mentioned")
        : found;
    };
  } else if (x.kind === "credentials-in-cookies") x.value = readUnless(sparedRetyping, read);
  // … and partners given data only to market the company's own services share for no one else.
  else if (x.kind === "advertising-sharing")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      // Since the double reading of 2027-02-18 also partners given data only to measure the
      // company's own campaigns (Firefox; read-since-2027-02-19.ts).
      return found === null ||
        sharedForOurOwnMarketing(s, soFar.sentenceBefore) ||
        sharedToMeasureOurCampaigns(s)
        ? null
        : found;
    };
  else if (x.kind === "breach-notice") x.value = readUnless(breachesOfOtherAccounts, read);
  // … and advice to the user to delete is no deletion of the company's.
  else if (x.kind === "retention-deletion") x.value = readUnless(advisedToDelete, read);
  else if (x.kind === "change-notice")
    x.value = (s, policy, previous, soFar) => {
      const found = read(s, policy, previous, soFar);
      // … and a message in the service to users of the change is direct (Waze).
      if (found === null) return messageToUsersOfChanges(s) ? "direct notice" : null;
      return found === "direct notice" && noticeOnlyOnTheSite(s) ? "posted on the site" : found;
    };
  // … and a change that takes effect a time after it is posted has that notice period (Waze).
  else if (x.kind === "change-notice-period")
    x.value = (s, policy, previous, soFar) =>
      read(s, policy, previous, soFar) ?? noticePeriodAsEffectAfter(s);
}

/** The company's own kinds of offering or group, listed by name after its own name ("Google apps, sites, and devices, like …"). */
const OWN_THINGS =
  "(?:apps|applications|products|services|sites|websites|devices|platforms|brands|businesses|affiliates|subsidiaries|family of companies|group of companies|group companies|corporate group|companies)";
/**
 * After "our", only the group itself ("our affiliates, such as …"): "analytics tools on our
 * sites, such as Google Analytics" names a tool used on them, not one of the sites.
 */
const OUR_GROUP =
  "(?:affiliates|subsidiaries|brands|family of companies|group of companies|group companies|corporate group)";
const EXAMPLES = ",? \\(?(?:like|such as|including|e\\.g\\.,?|for example,?) ";
/** A list of examples ends at the end of its sentence, a bracket or a second list ("…, such as advertising services"). */
const LIST_END = /[;:)]|\.(?:\s|$)|\b(?:such as|like|including|e\.g\.)\s/i;
const OFFERING =
  "(?:services?|products?|apps?|brands?|business(?:es)?|subsidiar(?:y|ies)|affiliates?|compan(?:y|ies))";
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The names a policy calls the company by: from its title and opening clauses ("PayPal Privacy
 * Statement", "At Reddit, we believe …", "the personal information that TikTok processes"), and,
 * anywhere in it, the names it presents as its own — examples of its own offerings or group
 * ("Google apps, sites, and devices, like Search, YouTube, and Google Home", "Google LLC and its
 * affiliates, including YouTube", "our affiliates (such as AWS training courses)") or an offering
 * it calls "our" ("our Braintree services"). The company and its group are not partners it shares
 * data with.
 */
/**
 * The company's offerings listed after a verb of its own: "To help our partners manage their
 * advertising and websites, we offer many products, including AdSense, Google Ads, Google
 * Analytics, and a range of DoubleClick-branded services" (Google) names its products, not
 * partners; until the audit of 2026-12-05 they were read as partners named outright.
 */
const WE_OFFER = `\\b[Ww]e (?:offer|provide|make|build|develop|operate) (?:many |several |various |a range of |a number of |other |our own )?(?:[\\w-]+ )?${OWN_THINGS}${EXAMPLES}`;

export function ownNames(title: string, clauses: string[]): Set<string> {
  const opening = [title, ...clauses.slice(0, 3)].join("\n");
  const own = new Set(Array.from(opening.matchAll(NAMED_PARTNERS), (m) => m[0]));
  for (const name of selfNames(title, clauses)) own.add(name);
  const by = own.size ? [...own].map(escapeRe).join("|") : null;
  const { listed, found: memo } = listedMemo(by);
  for (const clause of clauses) {
    let found = memo.get(clause);
    if (!found) {
      found = [];
      for (const m of clause.matchAll(listed)) {
        const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 120);
        const end = LIST_END.exec(after)?.index ?? after.length;
        for (const n of after.slice(0, end).matchAll(NAMED_PARTNERS)) found.push(n[0]);
      }
      for (const m of clause.matchAll(OURS)) if (m[1]) found.push(m[1]);
      memo.set(clause, found);
    }
    for (const name of found) own.add(name);
  }
  return own;
}

/** "our Foo apps": a name of the company's own offerings. */
const OURS = new RegExp(`\\b[Oo]ur (?:own )?${NAMED_PARTNERS.source} ${OFFERING}\\b`, "g");

/*
 * The pattern of things listed after the company's own names, and the names each clause lists,
 * for the last set of own names read: a company's history reads its own names from every version
 * (16,660 in all), and most versions repeat the names and clauses of the one before, so the
 * pattern is built, and each clause read, once per set of names. Bounded, since /analyze reads
 * texts from anyone.
 */
const LISTED_MEMO_LIMIT = 20_000;
let listedMemoKey: string | null | undefined;
let listedMemoValue: { listed: RegExp; found: Map<string, string[]> } | null = null;
function listedMemo(by: string | null): { listed: RegExp; found: Map<string, string[]> } {
  if (by !== listedMemoKey || !listedMemoValue || listedMemoValue.found.size > LISTED_MEMO_LIMIT) {
    listedMemoKey = by;
    // Each is a flat alternation with bounded repeats.
    const listed = new RegExp(
      `${by ? `\\b(?:${by})(?:['’]s|-(?:owned|branded|operated))?(?: (?:LLC|Inc\\.?|Ltd\\.?|Corporation|Corp\\.?))?(?:,? and its)? (?:(?!partner|third|vendor|provider|advertis)[\\w-]+ )?${OWN_THINGS}(?:,? (?:and |or )?${OWN_THINGS}){0,3}${EXAMPLES}|` : ""}\\b[Oo]ur (?:own )?(?:[\\w-]+ )?${OUR_GROUP}(?:,? (?:and |or )?${OUR_GROUP}){0,2}${EXAMPLES}|${WE_OFFER}`,
      "g",
    );
    listedMemoValue = { listed, found: new Map() };
  }
  return listedMemoValue;
}

/** Capitalised words of a title or a definition that are not the company's name ("Privacy", "Inc"). */
const NOT_A_NAME =
  /^(privacy|policy|policies|notice|notices|statement|statements|cookies?|terms|service|services|the|and|of|for|our|your|data|protection|global|full|let['’]s|take|look|at|a|an|this|brand|brands|inc|llc|ltd|corp|corporation|limited|gmbh|sa|ag|group|company|companies|information|personal|customer|legal|center|centre|updated|last|effective|version|supplemental|website|websites|app|apps|site|sites|online|us|we|en|home|help|english)$/i;
/** A definition of "we": "NextRoll, Inc. and its subsidiaries and affiliates (“we”, “our” or “us”)". */
const DEFINES_WE = /\((?:[^()\n]{0,40}?)["“”*]+\s*(?:we|us|our)\b/gi;
const CAPITALISED = /\b[A-Z][\p{L}\p{N}&’'-]*[\p{L}\p{N}]/gu;

/**
 * The words a policy names the company by, beyond the known names: the capitalised words of its
 * title ("Let’s take a look at the full Verizon Privacy Policy") and of the words a definition of
 * "we" follows ("NextRoll, Inc. and its subsidiaries (“we”, “our” or “us”)"), back to the start
 * of that sentence. A sale said of any other name is that party's, not the company's.
 */
function selfNames(title: string, clauses: string[]): string[] {
  const names: string[] = [];
  const add = (text: string) => {
    for (const m of text.matchAll(CAPITALISED)) if (!NOT_A_NAME.test(m[0])) names.push(m[0]);
  };
  add(title);
  for (const clause of clauses) {
    // A name defined beside "the Services": (“Pinterest” or the “Services”) (the second reading
    // of 2027-01-27, read-since-2027-01-27.ts).
    if (!clause.includes("(")) continue;
    for (const m of clause.matchAll(DEFINES_SERVICES)) names.push(m[1]!);
    for (const m of clause.matchAll(DEFINES_WE)) {
      const before = clause.slice(Math.max(0, m.index - 80), m.index);
      const start = before.search(/[.!?:;]\s+(?=[A-Z])[^.!?:;]*$/);
      add(start < 0 ? before : before.slice(start + 1));
    }
  }
  return names;
}

/** A table row as the segmentation writes it, "cell — cell — cell": its first cell, if short. */
const FIRST_CELL = /^([^—.!?:\n]{2,60}) — /;
const CELL = " — ";
/** A heading that says data is given ("Information we may disclose", "Disclosing your personal data", "Categories of recipients"). */
const GIVING_HEADING =
  /\b(disclos\w*|shar(e|es|ed|ing)|transfer\w*|sell\w*|sold|rent\w*|recipients?)\b/i;
/** The user gives, or the company receives: "Personal data you may choose to disclose", "We receive data about you from …". */
const NOT_THE_COMPANY_GIVING =
  /\byou( \w+){0,3} (disclos|shar|provid|transfer)\w*|\b(with|to) us\b|\b(we|us) (receive|collect|obtain|get)\b|\bprovides? us\b|\bfrom (them|these|third|other|our|partners)\b/i;
/** A denial confined to some users ("for users under the age of 18") leaves the rest of the row standing. */
const ROW_DENIED =
  /\b(not|never|won['’]t|don['’]t|cannot|can['’]t)\b.{0,60}\b(share|shares|disclose|discloses|provide|rent|sell|sold|transfer)\b/i;
const SOME_USERS =
  /\b(under (the age of )?\d{1,2}|minors?|child(ren)?|if you (have )?opt(ed)? out|opted out)\b/i;
/**
 * A row's recipients whose business is advertising ("Advertising partners"), or a row that says
 * the marketing is the recipients' own: "Marketing Partners — … — To promote Spotify with our
 * partners" names partners who market the company itself, and its reason cell says so.
 */
const AD_RECIPIENTS =
  /\b(advertisers|ad networks|advertising (partners|networks|companies|providers))\b/i;
const THEIR_OWN_MARKETING =
  /\b(their own (direct )?marketing|for (their|its|his) own (purposes|marketing)|marketing purposes of (third|other)|to market (their|its) (own )?(products|services))\b/i;

/**
 * A row of a table of recipients, "Advertising partners — User Data, Usage Data — So Spotify and
 * our advertising partners can deliver more relevant advertising …", under a heading that says
 * the company gives data ("Information we may disclose"): the row is the sentence "we disclose
 * User Data and Usage Data to advertising partners so …", with its verb in the heading. The first
 * cell must name advertising recipients (or the row the recipients' own marketing); the nearest
 * heading with a verb of giving must make the company the giver (not "Personal data you may
 * choose to disclose"), and the row must not deny it for everyone. The quote is the row up to
 * the end of the first sentence of its reasons.
 */
/** A heading that says data is given: "4.2 Information we share", "When IPinfo Shares Your Information", "Who has access to your Personal Data?". */
const SHARING_HEADING =
  /\b(shar(e|es|ed|ing)|disclos(e|es|ed|ing|ures?)|recipients?|who (has|have) access|access to your)\b/i;
/**
 * A lead-in of the company's sharing, the clause before a list of occasions: "Wild Sky Media may
 * share information that identifies you as follows:" (CafeMom, whose list stands under the heading
 * "The information Wild Sky Media collects"). It says what a heading of sharing says, for the
 * items that follow it while each ends as a list's items do (";", "; and", "; or"). Or a sentence
 * its list completes: "We share information with our authorized partners to" (TP-Link, read since
 * the double reading of 2027-02-26).
 */
const SHARING_LEAD_IN =
  /\b(we|us|[A-Z][\w.&'’-]{0,30})( \w+){0,2} (may |will |might |can )?(also )?(share[sd]?|disclose[sd]?|transfer|provide)\b[^:]{0,160}(:|\bto)\s*$/;
const LIST_ITEM_GOES_ON = /(;|;? and|;? or|, and|, or)\s*$/i;

/**
 * An occasion of giving listed under a heading that says data is given, which names a merger or
 * the sale of the business but no data of its own: "To facilitate a sale, merger or change in
 * control of all or any part of our company or business …" under "4.2 Information we share"
 * (SurveyMonkey), "In connection with a corporate re-organization, a merger …" under "When IPinfo
 * Shares Your Information", "… or in connection with a corporate transaction, such as a divesture,
 * merger, consolidation, or asset sale" under "Who has access to your Personal Data?" (FedEx). The
 * heading gives the data; until the audit of 2026-12-05 these read "no fact found". Its sentence
 * is quoted; not one that keeps the data back, nor a law's definition.
 */
function transferListItem(
  clause: string,
  headingPath: readonly string[],
  leadIn = "",
): string | null {
  const heading = headingPath.at(-1) ?? "";
  const giving = SHARING_HEADING.test(heading) || SHARING_LEAD_IN.test(leadIn);
  if (!giving || /\binternational\b/i.test(heading)) return null;
  // A label names the event and the sentence after it states what happens: "Corporate
  // Transactions. If another company acquires … our assets, we will also disclose …" (World
  // Market). A label alone ("Corporate Transactions:", "3.5 As a result of a change in
  // ownership.") states nothing, and is no fact.
  let labelled = false;
  for (const { text } of sentencesOf(clause).slice(0, 3)) {
    const t = text.slice(0, SCAN);
    if (isLabel(t)) {
      labelled ||= CORPORATE_EVENT.test(t);
      continue;
    }
    const event =
      CORPORATE_EVENT.test(t) || businessSoldInPart(t) || (labelled && ANY_BUSINESS_EVENT.test(t));
    // The re-audit of 2026-12-30: "Any prospective buyer of our business or assets, …".
    if (!event && buyerOfTheBusiness(t) && !DATA_KEPT_BACK.test(t)) return text;
    if (event && !DATA_KEPT_BACK.test(t) && !DEFINITION_EXCLUDES.test(t)) return text;
  }
  return null;
}

/** A run-in title, not a statement: twelve words at most, numbered or with no pronoun, modal or opening preposition. */
function isLabel(t: string): boolean {
  if (t.split(/\s+/).length > 12) return false;
  if (/^\d+(\.\d+)*\.?\s/.test(t)) return true;
  return (
    !/\b(we|us|our|you|your|may|will|shall|can|is|are)\b/i.test(t) &&
    !/^(in|to|as|if|when|with|for|during|where|should|upon|on|after|before|any)\b/i.test(t)
  );
}

function advertisingRow(clause: string, headingPath: readonly string[]): string | null {
  const cell = FIRST_CELL.exec(clause)?.[1];
  if (!cell || cell.split(" ").length > 8) return null;
  if (!AD_RECIPIENTS.test(cell) && !THEIR_OWN_MARKETING.test(clause)) return null;
  if (/\b(reports?|statistic\w*|insights)\b/i.test(cell) || NON_PERSONAL.test(cell)) return null;
  const giving = [...headingPath].reverse().find((h) => GIVING_HEADING.test(h));
  if (!giving || NOT_THE_COMPANY_GIVING.test(giving)) return null;
  if (NOT_THE_COMPANY_GIVING.test(clause)) return null;
  if (!/\b(data|information|identifiers|details)\b/i.test(`${clause} ${headingPath.join(" ")}`))
    return null;
  const sentences = sentencesOf(clause);
  if (sentences.some((x) => ROW_DENIED.test(x.text) && !SOME_USERS.test(x.text))) return null;
  const secondCell = clause.indexOf(CELL, cell.length + CELL.length);
  const reasonsFrom = secondCell < 0 ? cell.length + CELL.length : secondCell + CELL.length;
  const last = sentences.find((x) => x.start + x.text.length > reasonsFrom) ?? sentences.at(-1);
  let end = last ? last.start + last.text.length : clause.length;
  // A long row is quoted by its first sentence (the recipients and their data).
  if (end > MAX_ROW_QUOTE && sentences[0]) end = sentences[0].start + sentences[0].text.length;
  return clause.slice(0, end).trim();
}
const MAX_ROW_QUOTE = 600;

/**
 * A list item of recipients led by advertising recipients, then their examples or purpose:
 * "· Marketing and advertising partners, such as Google, X, Facebook, and Instagram, …, so that
 * they may tailor the content you see …" (AliExpress), after "We disclose/share personal
 * information with the following categories of recipients:".
 */
const LIST_LEAD =
  /^(?:[·•▪*-] *)?([A-Za-z][\w&'’ -]{1,60}?)(?:,? (?:such as|including|like|e\.g\.)\b|,? \(|:| [—–-] |, (?:who|which|that|to|so that|for)\b)/;
const AD_RECIPIENTS_LEAD =
  /\b(advertisers|ad networks|advertising (partners|networks|companies|providers|platforms))$/i;

/**
 * A list item of recipients, under a heading that says the company gives data ("Disclosure or
 * sharing of personal information"), whose lead names advertising recipients (AliExpress's
 * "Marketing and advertising partners, such as …"): as a table row, the heading's verb is its
 * verb. Its first sentence must not deny the giving nor make the company the receiver, and is the
 * quote.
 */
function advertisingListItem(clause: string, headingPath: readonly string[]): string | null {
  // The second reading of 2027-01-25: or a title of kinds in a series, "Marketing, Advertising, and
  // Analytics Partners." (Miro; read-since-2027-01-25.ts), quoted with the sentence after it.
  const titled = titledAdvertisingSeriesLead(clause);
  const lead = titled ?? LIST_LEAD.exec(clause)?.[1];
  if (!lead || lead.split(" ").length > 8) return null;
  // The re-audit of 2027-01-07: or a lead that begins on them ("Advertising networks and …", Zoosk).
  if (!titled && !AD_RECIPIENTS_LEAD.test(lead) && !advertisingRecipientsFirst(lead)) return null;
  const giving = [...headingPath].reverse().find((h) => GIVING_HEADING.test(h));
  if (!giving || NOT_THE_COMPANY_GIVING.test(giving)) return null;
  const sentences = sentencesOf(clause);
  const upTo = titled ? sentences[1] : sentences[0];
  const first = upTo ? clause.slice(0, upTo.start + upTo.text.length) : undefined;
  if (!first || NOT_THE_COMPANY_GIVING.test(first) || NON_PERSONAL.test(first)) return null;
  if (ROW_DENIED.test(first) || GIVING_DENIED.test(first) || IDENTIFIES_NO_ONE.test(clause))
    return null;
  if (/\b(reports?|statistic\w*|insights|measurement)\b/i.test(lead)) return null;
  if (!/\b(data|information|identifiers|details)\b/i.test(`${clause} ${giving}`)) return null;
  return first.trim();
}

/** Sentences longer than this are only scanned on their first part. */
const SCAN = 1000;

/** Facts kept per kind: enough to decide and show; a hostile input repeating one sentence gets no more. */
const MAX_PER_KIND = 50;

/** The facts each clause states, in clause order; each quote is a sentence of that clause. */

/**
 * "Google Payment Corp. (“GPC”)": a policy that makes "GPC" the name of something other than
 * Global Privacy Control means that thing by it, so only the signal's spelled-out name counts.
 */
function namesSomethingElse(
  clauses: string[],
  abbreviation: string,
  defined: RegExp,
  spelled: RegExp,
): boolean {
  // The abbreviation looked for first: the policy history asks this of every version.
  return clauses.some(
    (c) =>
      c.includes(abbreviation) &&
      Array.from(c.matchAll(defined)).some(
        // The name may come before it with a link between: "[Global Privacy Control](https://…) (GPC)".
        (m) => !spelled.test(c.slice(Math.max(0, m.index - 100), m.index)),
      ),
  );
}
const gpcNamesSomethingElse = (clauses: string[]) =>
  namesSomethingElse(clauses, "GPC", /\(\s*["“”']?GPC["“”']?\s*\)/g, /privacy[\s-]?control/i);
const dntNamesSomethingElse = (clauses: string[]) =>
  namesSomethingElse(clauses, "DNT", /\(\s*["“”']?DNT["“”']?\s*\)/g, /not[\s-]?track/i);

/** Whether a policy makes "GPC" or "DNT" the name of something else: read over all its clauses. */
export type SignalNames = Pick<
  PolicyWords,
  "gpcNamesSomethingElse" | "dntNamesSomethingElse" | "correctionNamed"
>;
export const signalNamesOf = (clauses: string[]): SignalNames => ({
  gpcNamesSomethingElse: gpcNamesSomethingElse(clauses),
  dntNamesSomethingElse: dntNamesSomethingElse(clauses),
  correctionNamed: clauses.some(correctionNamed),
});

/*
 * Many rules share a gate (the words of changes, of sharing, of rights), some as equal patterns
 * written twice: each distinct pattern is tested once per sentence, its answer kept in a slot of
 * its own, and each rule's kind counted in a slot of its own (reading speed: a Map per sentence
 * cost a tenth of a reading). Patterns are stateless: checked above to carry no g or y flag.
 */
type ReadingPlan = {
  gates: RegExp[];
  /** Per gate, the trigrams any match of it must hold: most sentences are ruled out without running it. */
  needed: NeededTrigrams[];
  /** Per rule, the slot of its `when` and of its `unless` in `gates` (-1: none; NEVER: a pattern that matches nothing). */
  when: Int16Array;
  unless: Int16Array;
  kindSlot: Int16Array;
  /** Per rule, how its gate opens (HAS_WHEN, ON_WHOLE, ON_PREVIOUS, ON_CHANGE_TOPIC): read in the loop without touching the rule. */
  gating: Uint8Array;
  /** Per rule gated on the whole sentence (ON_WHOLE), its gate's screen (the sentence and the piece before it). */
  wholeMayMatch: Array<(s: string) => boolean>;
  kinds: Map<FactKind, number>;
};
const UNTESTED = 0;
const MISS = 1;
const HIT = 2;
const NEVER = -2;
const HAS_WHEN = 1;
const ON_WHOLE = 2;
const ON_PREVIOUS = 4;
const ON_CHANGE_TOPIC = 8;
let planned: ReadingPlan | undefined;
/** Built at the first reading, after every module has finished wrapping the rules. */
function readingPlan(): ReadingPlan {
  if (planned) return planned;
  const slots = new Map<string, number>();
  const gates: RegExp[] = [];
  const slotOf = (re: RegExp | undefined) => {
    if (!re) return -1;
    // A rule that never fires by its own words (gateOnChangeTopic alone) tests nothing.
    if (re.source === "(?!)") return NEVER;
    const key = `${re.flags}/${re.source}`;
    let slot = slots.get(key);
    if (slot === undefined) slots.set(key, (slot = gates.push(re) - 1));
    return slot;
  };
  const kinds = new Map<FactKind, number>();
  const kindOf = (kind: FactKind) => {
    let slot = kinds.get(kind);
    if (slot === undefined) kinds.set(kind, (slot = kinds.size));
    return slot;
  };
  const when = Int16Array.from(EXTRACTORS, (x) => slotOf(x.when));
  const unless = Int16Array.from(EXTRACTORS, (x) => slotOf(x.unless));
  planned = {
    gates,
    needed: gates.map(neededTrigrams),
    when,
    unless,
    kindSlot: Int16Array.from(EXTRACTORS, (x) => kindOf(x.kind)),
    wholeMayMatch: EXTRACTORS.map((x) => (x.when && x.gateOnWhole ? screen(x.when) : () => true)),
    gating: Uint8Array.from(
      EXTRACTORS,
      (x) =>
        (x.when ? HAS_WHEN : 0) |
        (x.gateOnWhole ? ON_WHOLE : 0) |
        (x.gateOnPrevious ? ON_PREVIOUS : 0) |
        (x.gateOnChangeTopic ? ON_CHANGE_TOPIC : 0),
    ),
    kinds,
  };
  return planned;
}

/** Every distinct gate the rules test on a sentence (for checking their trigram filters). */
export const readingGates = (): readonly RegExp[] => readingPlan().gates;

export function extractFacts(
  clauses: string[],
  /** Called every 50 clauses, so a caller can stop a reading that runs over its time. */
  checkTime: () => void = () => undefined,
  /** The company's own names (ownNames), never its partners. */
  own: ReadonlySet<string> = new Set(),
  /** Each clause's heading path: a table row's verb may be in its heading. */
  headingPaths: ReadonlyArray<readonly string[]> = [],
  /**
   * Read over the whole policy: a caller reading it a clause at a time (the history's VersionRater)
   * passes the policy's, so a clause means by "GPC" what the policy does.
   */
  signals: SignalNames = signalNamesOf(clauses),
  /**
   * Each clause's lead-in of sharing (sharingLeadIns): read over the clauses before it, so a
   * caller reading a clause at a time passes it, as for `signals`.
   */
  leadIns?: readonly string[],
  /**
   * Whether each clause follows a lead-in of rights for some regions' people under its heading
   * (regionLeadIns, the double reading of 2027-02-07): read over the clauses before it, so a
   * caller reading a clause at a time passes it, as for `leadIns`.
   */
  afterRegionLeadIn?: readonly boolean[],
): Array<Fact & { clause: number }> {
  // Each clause split once: its lead-in of sharing and its rules read the same sentences.
  const split = clauses.map((c) => sentencesOf(c));
  const leadInsRead = leadIns ?? sharingLeadIns(clauses, headingPaths, split);
  const regionLeadInsRead = afterRegionLeadIn ?? regionLeadIns(split, headingPaths);
  const facts: Array<Fact & { clause: number }> = [];
  const perKind = new Map<FactKind, number>();
  const plan = readingPlan();
  const counted = new Int32Array(plan.kinds.size);
  const tested = new Int8Array(plan.gates.length);
  // The same for the gates some rules also test on the whole sentence and on the one before.
  const testedWhole = new Int8Array(plan.gates.length);
  const testedContext = new Int8Array(plan.gates.length);
  // Every fact kept is counted, so the cap above holds for each kind however it was found.
  const keep = (fact: Fact & { clause: number }) => {
    facts.push(fact);
    perKind.set(fact.kind, (perKind.get(fact.kind) ?? 0) + 1);
    const slot = plan.kinds.get(fact.kind);
    if (slot !== undefined) counted[slot]!++;
  };
  const policy: PolicyWords = { ...signals, own };
  const { when, unless, kindSlot, gating, gates, needed, wholeMayMatch } = plan;
  let sentenceNow = "";
  // Whether a gate matches the sentence being read, tested at most once per sentence.
  const gateHit = (slot: number) => {
    if (slot === NEVER) return false;
    let answer = tested[slot]!;
    if (answer === UNTESTED)
      tested[slot] = answer =
        readingTrigrams.mayMatch(needed[slot]!) && gates[slot]!.test(sentenceNow) ? HIT : MISS;
    return answer === HIT;
  };
  let wholeNow = "";
  let contextNow = "";
  // The whole sentence is the sentence itself unless it goes on from a piece before it.
  const wholeHit = (slot: number, i: number) => {
    if (wholeNow === sentenceNow) return gateHit(slot);
    if (slot === NEVER) return false;
    let answer = testedWhole[slot]!;
    if (answer === UNTESTED)
      testedWhole[slot] = answer =
        wholeMayMatch[i]!(wholeNow) && gates[slot]!.test(wholeNow) ? HIT : MISS;
    return answer === HIT;
  };
  const contextHit = (slot: number) => {
    if (slot === NEVER) return false;
    let answer = testedContext[slot]!;
    if (answer === UNTESTED)
      testedContext[slot] = answer = gates[slot]!.test(contextNow) ? HIT : MISS;
    return answer === HIT;
  };
  // Clauses under one heading share its answer: asked once per heading path.
  const confinedByHeadingOf = new Map<string, boolean>();
  const regionHeadingOfPath = new Map<string, boolean>();
  const confinedByHeading = (path: readonly string[] | undefined) => {
    if (!path || path.length === 0) return false;
    const key = path.join("\u0001");
    let confined = confinedByHeadingOf.get(key);
    if (confined === undefined)
      confinedByHeadingOf.set(
        key,
        (confined = recourseConfinedByHeading(path) || recourseConfinedToRegionsByHeading(path)),
      );
    return confined;
  };
  const regionHeadingOf = (path: readonly string[] | undefined) => {
    if (!path || path.length === 0) return false;
    const key = path.join("\u0001");
    let region = regionHeadingOfPath.get(key);
    // Since the double reading of 2027-02-10 also a heading for some jurisdictions that names no
    // people (read-since-2027-02-11.ts).
    if (region === undefined)
      regionHeadingOfPath.set(
        key,
        // … and a heading for regional rights (2027-02-12, read-since-2027-02-13.ts).
        (region =
          regionPeopleHeading(path) ||
          jurisdictionsHeading(path) ||
          regionalRightsHeading(path) ||
          // … and one country's or state's residents (2027-02-20, read-since-2027-02-21.ts), in
          // either order (2027-02-21, read-since-2027-02-22.ts).
          countryPeopleHeading(path) ||
          residentsOfACountryHeading(path)),
      );
    return region;
  };
  clauses.forEach((clause, index) => {
    const clauseFactsFrom = facts.length;
    const leadIn = leadInsRead[index] ?? "";
    if (index % 50 === 49) checkTime();
    let before = "";
    let previous = "";
    // A section about a transfer framework confines its recourse until a sentence opens it to
    // everyone, "(or general privacy-related) query or complaint" (audit of 2026-12-14).
    const soFar: ClauseSoFar = {
      recourse: false,
      confinedRecourse: false,
      confinedByHeading: confinedByHeading(headingPaths[index]),
      heading: headingPaths[index]?.at(-1) ?? "",
      leadIn,
      regionHeading: regionHeadingOf(headingPaths[index]) || (regionLeadInsRead[index] ?? false),
    };
    let opening = true;
    for (const sentence of split[index]!) {
      const s = sentence.text.slice(0, SCAN);
      // Shared by every reading: one runs start to end without yielding.
      readingTrigrams.load(s);
      sentenceNow = s;
      // Or a label that opens the clause names the framework (audit of 2026-12-18).
      if (opening && !soFar.confinedByHeading)
        soFar.confinedByHeading = clauseOpensOnFrameworkLabel(s);
      if (opening) soFar.opening = s;
      opening = false;
      const whole = sentence.continues ? `${before.slice(-SCAN)} ${s}` : s;
      soFar.pieceBefore = sentence.continues ? before.slice(-SCAN) : "";
      // The sentence before, for one that opens by pointing back to it ("In that case, …").
      const context =
        !sentence.continues &&
        (POINTS_BACK.test(s) ||
          (refersBackMayMatch(s) && REFERS_BACK.test(s)) ||
          RECIPIENT_POINTED_BACK.test(s) ||
          businessChangePointedBack(s) || // the audit of 2026-12-27
          POINTS_BACK_UNDER.test(s) || // the audit of 2026-12-28: "Under these circumstances, …"
          transferOfYoursPointedBack(s) || // the re-audit of 2026-12-30: "If we intend to transfer …"
          allowedUsePointedBack(s)) // the second reading of 2027-01-19: "They are allowed to use it only …"
          ? previous
          : "";
      const changeTopic =
        changeWordsMayMatch(s) &&
        CHANGE_WORDS.test(s) &&
        !CHANGES_TO_SOMETHING_ELSE.test(s) &&
        (CHANGE_TOPIC.test(headingPaths[index]?.at(-1) ?? "") ||
          (!sentence.continues && (CHANGE_TOPIC.test(previous) || thisNoticeChanged(previous))) ||
          thisNoticeChanged(s) || // the audit of 2026-12-22: "modify or replace this Notice"
          thisNoticeChanged(headingPaths[index]?.at(-1) ?? ""));
      // The re-audit of 2026-12-29: "When we do, we will send you an email" after a change of the policy.
      const doneAsBefore =
        !sentence.continues && doneAsTheSentenceBefore(s) && CHANGE_TOPIC.test(previous);
      if (!sentence.continues) {
        soFar.sentenceBefore = previous;
        previous = s;
      }
      before = sentence.continues ? `${before} ${s}` : s;
      tested.fill(UNTESTED);
      testedWhole.fill(UNTESTED);
      testedContext.fill(UNTESTED);
      wholeNow = whole;
      contextNow = context;
      for (let i = 0; i < EXTRACTORS.length; i++) {
        if (counted[kindSlot[i]!]! >= MAX_PER_KIND) continue;
        const how = gating[i]!;
        if (
          how & HAS_WHEN &&
          !(how & ON_WHOLE ? wholeHit(when[i]!, i) : gateHit(when[i]!)) &&
          !(how & ON_PREVIOUS && contextHit(when[i]!)) &&
          !(how & ON_CHANGE_TOPIC && (changeTopic || doneAsBefore))
        )
          continue;
        if (unless[i] !== -1 && gateHit(unless[i]!)) continue;
        const x = EXTRACTORS[i]!;
        const result = x.value(s, policy, x.gateOnPrevious ? context : "", soFar);
        if (!result) continue;
        // A sentence may state more than one fact of a kind: two retention periods, each its own.
        for (const found of Array.isArray(result) ? result : [result]) {
          if ((perKind.get(x.kind) ?? 0) >= MAX_PER_KIND) break;
          let { value, ...parts } = typeof found === "string" ? { value: found } : found;
          if (parts.partners) {
            // Never the company itself; names given only as examples are said to be examples.
            const partners = parts.partners.filter((p) => !own.has(p.name)).slice(0, 6);
            const examples = partners.length > 0 && partners.every((p) => p.example);
            value = `${partners.map((p) => p.name).join(", ")}${examples ? EXAMPLES_ONLY : ""}`;
            parts = { ...parts, partners };
          }
          if (value)
            keep({
              kind: x.kind,
              practice: x.practice,
              value,
              quote: sentence.text,
              clause: index,
              ...parts,
            });
        }
      }
      // After the sentence's own facts: a sentence is read by its own words, its followers by it.
      if (soFar.confinedByHeading && OPEN_TO_ALL.test(s)) soFar.confinedByHeading = false;
      if (soFar.regionHeading && (OPEN_TO_ALL.test(s) || opensBeside(s)))
        soFar.regionHeading = false;
      if (recourseSaid(s)) {
        soFar.recourse = true;
        // "If you have an EU-U.S. Data Privacy Framework … (or general privacy-related) query or
        // complaint" (Overleaf) opens the recourse that follows to everyone.
        // Since the double reading of 2027-02-15 also a region's people named as a sentence's
        // condition ("If you are a resident of the EEA and have a concern …", CafeMom), so the
        // authority its next sentence names is theirs (read-since-2027-02-16.ts).
        soFar.confinedRecourse ||=
          (CONFINED.test(s) || regionsRecourse(s) || opensOnCertainCountries(s)) &&
          !OPEN_TO_ALL.test(s);
      }
    }
    // The double reading of 2027-02-05 (read-since-2027-02-06.ts): an opt-out whose way the next
    // sentence gives, "For this purpose there is a link in every newsletter." (Wire).
    for (let i = clauseFactsFrom; i < facts.length; i++) {
      const f = facts[i]!;
      if (f.kind !== "opt-out") continue;
      const parts = optOutParts(f.value);
      if (parts.how !== null) continue;
      const at = split[index]!.findIndex((x) => x.text === f.quote);
      const next = at === -1 ? undefined : split[index]![at + 1]?.text;
      const way = next ? optOutWayInTheNextSentence(next) : null;
      if (way) f.value = optOutValue(parts.of, way);
    }
    // The double reading of 2027-02-05 (read-since-2027-02-06.ts): pixels said in one sentence to
    // be loaded from a provider's server in the next (Hetzner's newsletter).
    if ((perKind.get("third-party-tracking") ?? 0) < MAX_PER_KIND) {
      const quote = pixelsLoadedFromAProvider(clause);
      if (quote)
        keep({
          kind: "third-party-tracking",
          practice: "cookies",
          value: "tracking pixels loaded from a provider's server",
          quote,
          clause: index,
        });
    }
    const headingPath = headingPaths[index];
    if (
      headingPath &&
      (perKind.get("advertising-sharing") ?? 0) < MAX_PER_KIND &&
      !facts.some((f) => f.clause === index && f.kind === "advertising-sharing")
    ) {
      const quote = advertisingRow(clause, headingPath) ?? advertisingListItem(clause, headingPath);
      // Not partners given data only to market the company's own services (the double reading of
      // 2027-02-14, Cloudflare).
      if (quote && !sharedForOurOwnMarketing(quote))
        keep({
          kind: "advertising-sharing",
          practice: "third-parties",
          value: ADVERTISING_SHARED,
          quote,
          clause: index,
        });
    }
    if (
      headingPath &&
      (perKind.get("transfer-as-asset") ?? 0) < MAX_PER_KIND &&
      !facts.some((f) => f.clause === index && f.practice === "business-transfer")
    ) {
      const quote = transferListItem(clause, headingPath, leadIn);
      if (quote)
        keep({
          kind: "transfer-as-asset",
          practice: "business-transfer",
          value: "data passes with the business's assets",
          quote,
          clause: index,
        });
    }
    // Rights named only in the heading, the clause asking for the request (audit of 2026-12-20).
    // The heading is tested first: the clause is cut into sentences again only under one.
    const lastHeading = headingPath?.at(-1);
    const named =
      lastHeading && REQUESTS_IN_HEADING_WORDS.test(lastHeading)
        ? rightsInHeading(
            split[index]!.map((x) => x.text),
            lastHeading,
          )
        : null;
    for (const [kind, offered] of [
      ["correction-right", named?.see],
      ["deletion-right", named?.delete],
    ] as const) {
      if (!named || !offered || (perKind.get(kind) ?? 0) >= MAX_PER_KIND) continue;
      if (facts.some((f) => f.clause === index && f.kind === kind)) continue;
      keep({
        kind,
        practice: "access",
        value: RIGHT_READ_AS[kind],
        quote: named.quote,
        clause: index,
      });
    }
  });
  // A right to see (a copy of) data alone is said so where the policy names no correction at all
  // (the second reading of 2027-01-26, DuckDuckGo); a policy that offers one in a sentence no rule
  // reads keeps the label, so its reason still says so. A setting updated beside it names no
  // correction: "… accessible by signing in to your account, where you can also update your data
  // sharing settings" (MDN Plus, the double reading of 2027-02-13).
  if (signals.correctionNamed === false)
    for (const [i, f] of facts.entries())
      if (
        f.kind === "correction-right" &&
        f.value === RIGHT_READ_AS[f.kind] &&
        seenOnly(blankSettingChanged(f.quote))
      )
        facts[i] = { ...f, value: SEEN_ONLY };
  return facts;
}

/**
 * For each clause, the lead-in of sharing whose list of occasions it stands in ("Wild Sky Media
 * may share information that identifies you as follows:"), or "". A clause that ends in a colon
 * and says the company shares opens a list; an item that ends as a list's items do keeps it open
 * for the next, under the same heading.
 */
export function sharingLeadIns(
  clauses: readonly string[],
  headingPaths: ReadonlyArray<readonly string[]> = [],
  split: ReadonlyArray<readonly Sentence[]> = clauses.map((c) => sentencesOf(c)),
): string[] {
  let leadIn = "";
  let leadInHeading = "";
  // A list of the only cases data is shared ("Data is only shared in the following limited
  // circumstances:", Gofile) holds for every item under its heading, each ending in a full stop,
  // unless an item gives data on the company's own judgement (the second reading of 2027-01-19).
  let onlyList = false;
  const headingKeyOf = (index: number) => (headingPaths[index] ?? []).join(" › ");
  return clauses.map((clause, index) => {
    const headingKey = headingKeyOf(index);
    if (headingKey !== leadInHeading) leadIn = "";
    const current = leadIn;
    const last = split[index]!.at(-1)?.text.slice(-SCAN) ?? "";
    if (SHARING_LEAD_IN.test(last) && !NOT_THE_COMPANY_GIVING.test(blankDataWeCollect(last))) {
      leadIn = last;
      leadInHeading = headingKey;
      onlyList = onlyLeadIn(last);
      for (let i = index + 1; onlyList && i < clauses.length && headingKeyOf(i) === headingKey; i++)
        if (OWN_JUDGEMENT.test(clauses[i]!)) onlyList = false;
    } else if (leadIn && !onlyList && !LIST_ITEM_GOES_ON.test(clause)) leadIn = "";
    return current;
  });
}

export const FACT_EXTRACTORS: ReadonlyArray<{ kind: FactKind; practice: PracticeSlug }> =
  EXTRACTORS;
