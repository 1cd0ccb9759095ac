/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.util;

import java.util.Map;

import org.curriculum.model.*;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.CurriculumPackage
 * @generated
 */
public class CurriculumValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CurriculumValidator INSTANCE = new CurriculumValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.curriculum.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Unique Identifiers' of 'Named Element'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int NAMED_ELEMENT__VALIDATE_UNIQUE_IDENTIFIERS = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Required Fields' of 'Mappable Item'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAPPABLE_ITEM__VALIDATE_REQUIRED_FIELDS = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Entries Match Components' of 'Document Listing'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int DOCUMENT_LISTING__VALIDATE_ENTRIES_MATCH_COMPONENTS = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Has Practical Skills Module' of 'Occupational Responsibility'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OCCUPATIONAL_RESPONSIBILITY__VALIDATE_HAS_PRACTICAL_SKILLS_MODULE = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Has Work Experience Module' of 'Occupational Context'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OCCUPATIONAL_CONTEXT__VALIDATE_HAS_WORK_EXPERIENCE_MODULE = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Traceability' of 'Component'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CURRICULUM_COMPONENT__VALIDATE_TRACEABILITY = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Credits Match Notional Hours' of 'Component'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CURRICULUM_COMPONENT__VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Topic Weightings' of 'Knowledge Module'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int KNOWLEDGE_MODULE__VALIDATE_TOPIC_WEIGHTINGS = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Credit Value' of 'Qualification'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int QUALIFICATION__VALIDATE_CREDIT_VALUE = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Subset Of Full Qualification' of 'Part Qualification'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PART_QUALIFICATION__VALIDATE_SUBSET_OF_FULL_QUALIFICATION = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Credits Achievable' of 'Rules Of Combination'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int RULES_OF_COMBINATION__VALIDATE_CREDITS_ACHIEVABLE = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Printed Table' of 'Component Group'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int COMPONENT_GROUP__VALIDATE_PRINTED_TABLE = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Only Optional Components' of 'Barred Combination'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int BARRED_COMBINATION__VALIDATE_ONLY_OPTIONAL_COMPONENTS = 13;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Frameworks' of 'Mapping Set'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAPPING_SET__VALIDATE_FRAMEWORKS = 14;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate No Duplicate Links' of 'Mapping Set'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAPPING_SET__VALIDATE_NO_DUPLICATE_LINKS = 15;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Review' of 'Reviewable'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int REVIEWABLE__VALIDATE_REVIEW = 16;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validate Within Frameworks' of 'Mapping Link'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MAPPING_LINK__VALIDATE_WITHIN_FRAMEWORKS = 17;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 17;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CurriculumValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CurriculumPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CurriculumPackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case CurriculumPackage.PROPERTY:
				return validateProperty((Property)value, diagnostics, context);
			case CurriculumPackage.MAPPABLE_ITEM:
				return validateMappableItem((MappableItem)value, diagnostics, context);
			case CurriculumPackage.FRAMEWORK:
				return validateFramework((Framework)value, diagnostics, context);
			case CurriculumPackage.CURRICULUM:
				return validateCurriculum((Curriculum)value, diagnostics, context);
			case CurriculumPackage.DOCUMENT_LISTING:
				return validateDocumentListing((DocumentListing)value, diagnostics, context);
			case CurriculumPackage.LISTING_ENTRY:
				return validateListingEntry((ListingEntry)value, diagnostics, context);
			case CurriculumPackage.OCCUPATIONAL_PROFILE:
				return validateOccupationalProfile((OccupationalProfile)value, diagnostics, context);
			case CurriculumPackage.OCCUPATIONAL_TASK:
				return validateOccupationalTask((OccupationalTask)value, diagnostics, context);
			case CurriculumPackage.OCCUPATIONAL_RESPONSIBILITY:
				return validateOccupationalResponsibility((OccupationalResponsibility)value, diagnostics, context);
			case CurriculumPackage.OCCUPATIONAL_CONTEXT:
				return validateOccupationalContext((OccupationalContext)value, diagnostics, context);
			case CurriculumPackage.CURRICULUM_COMPONENT:
				return validateCurriculumComponent((CurriculumComponent)value, diagnostics, context);
			case CurriculumPackage.KNOWLEDGE_MODULE:
				return validateKnowledgeModule((KnowledgeModule)value, diagnostics, context);
			case CurriculumPackage.KNOWLEDGE_TOPIC:
				return validateKnowledgeTopic((KnowledgeTopic)value, diagnostics, context);
			case CurriculumPackage.TOPIC_ELEMENT:
				return validateTopicElement((TopicElement)value, diagnostics, context);
			case CurriculumPackage.PRACTICAL_SKILLS_MODULE:
				return validatePracticalSkillsModule((PracticalSkillsModule)value, diagnostics, context);
			case CurriculumPackage.PRACTICAL_SKILL:
				return validatePracticalSkill((PracticalSkill)value, diagnostics, context);
			case CurriculumPackage.WORK_EXPERIENCE_MODULE:
				return validateWorkExperienceModule((WorkExperienceModule)value, diagnostics, context);
			case CurriculumPackage.WORK_ACTIVITY:
				return validateWorkActivity((WorkActivity)value, diagnostics, context);
			case CurriculumPackage.UNIT:
				return validateUnit((Unit)value, diagnostics, context);
			case CurriculumPackage.LEARNING_OUTCOME:
				return validateLearningOutcome((LearningOutcome)value, diagnostics, context);
			case CurriculumPackage.ASSESSMENT_CRITERION:
				return validateAssessmentCriterion((AssessmentCriterion)value, diagnostics, context);
			case CurriculumPackage.UNIT_OF_COMPETENCY:
				return validateUnitOfCompetency((UnitOfCompetency)value, diagnostics, context);
			case CurriculumPackage.PERFORMANCE_REQUIREMENT:
				return validatePerformanceRequirement((PerformanceRequirement)value, diagnostics, context);
			case CurriculumPackage.REQUIREMENT_ITEM:
				return validateRequirementItem((RequirementItem)value, diagnostics, context);
			case CurriculumPackage.GUIDANCE_DOCUMENT:
				return validateGuidanceDocument((GuidanceDocument)value, diagnostics, context);
			case CurriculumPackage.GUIDANCE_SECTION:
				return validateGuidanceSection((GuidanceSection)value, diagnostics, context);
			case CurriculumPackage.QUALIFICATION:
				return validateQualification((Qualification)value, diagnostics, context);
			case CurriculumPackage.PART_QUALIFICATION:
				return validatePartQualification((PartQualification)value, diagnostics, context);
			case CurriculumPackage.IDENTIFIER:
				return validateIdentifier((Identifier)value, diagnostics, context);
			case CurriculumPackage.RULES_OF_COMBINATION:
				return validateRulesOfCombination((RulesOfCombination)value, diagnostics, context);
			case CurriculumPackage.COMPONENT_GROUP:
				return validateComponentGroup((ComponentGroup)value, diagnostics, context);
			case CurriculumPackage.LEVEL_CREDIT_RULE:
				return validateLevelCreditRule((LevelCreditRule)value, diagnostics, context);
			case CurriculumPackage.BARRED_COMBINATION:
				return validateBarredCombination((BarredCombination)value, diagnostics, context);
			case CurriculumPackage.STANDARDS_FRAMEWORK:
				return validateStandardsFramework((StandardsFramework)value, diagnostics, context);
			case CurriculumPackage.STANDARD_SECTION:
				return validateStandardSection((StandardSection)value, diagnostics, context);
			case CurriculumPackage.STANDARD:
				return validateStandard((Standard)value, diagnostics, context);
			case CurriculumPackage.STANDARD_ELEMENT:
				return validateStandardElement((StandardElement)value, diagnostics, context);
			case CurriculumPackage.PERFORMANCE_CRITERION:
				return validatePerformanceCriterion((PerformanceCriterion)value, diagnostics, context);
			case CurriculumPackage.KNOWLEDGE_ITEM:
				return validateKnowledgeItem((KnowledgeItem)value, diagnostics, context);
			case CurriculumPackage.MAPPING_SET:
				return validateMappingSet((MappingSet)value, diagnostics, context);
			case CurriculumPackage.REVIEWABLE:
				return validateReviewable((Reviewable)value, diagnostics, context);
			case CurriculumPackage.REVIEW_COMMENT:
				return validateReviewComment((ReviewComment)value, diagnostics, context);
			case CurriculumPackage.GAP_REVIEW:
				return validateGapReview((GapReview)value, diagnostics, context);
			case CurriculumPackage.MAPPING_LINK:
				return validateMappingLink((MappingLink)value, diagnostics, context);
			case CurriculumPackage.PUBLICATION_STATUS:
				return validatePublicationStatus((PublicationStatus)value, diagnostics, context);
			case CurriculumPackage.COMPONENT_KIND:
				return validateComponentKind((ComponentKind)value, diagnostics, context);
			case CurriculumPackage.WORK_ACTIVITY_MODE:
				return validateWorkActivityMode((WorkActivityMode)value, diagnostics, context);
			case CurriculumPackage.GUIDANCE_KIND:
				return validateGuidanceKind((GuidanceKind)value, diagnostics, context);
			case CurriculumPackage.GUIDANCE_SECTION_KIND:
				return validateGuidanceSectionKind((GuidanceSectionKind)value, diagnostics, context);
			case CurriculumPackage.REVIEW_STATE:
				return validateReviewState((ReviewState)value, diagnostics, context);
			case CurriculumPackage.COVERAGE_LEVEL:
				return validateCoverageLevel((CoverageLevel)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(namedElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(namedElement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateUniqueIdentifiers constraint of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement_validateUniqueIdentifiers(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return namedElement.validateUniqueIdentifiers(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProperty(Property property, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(property, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMappableItem(MappableItem mappableItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(mappableItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(mappableItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(mappableItem, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateRequiredFields constraint of '<em>Mappable Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMappableItem_validateRequiredFields(MappableItem mappableItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return mappableItem.validateRequiredFields(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFramework(Framework framework, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(framework, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(framework, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(framework, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurriculum(Curriculum curriculum, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(curriculum, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(curriculum, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(curriculum, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(curriculum, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(curriculum, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(curriculum, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(curriculum, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(curriculum, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(curriculum, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(curriculum, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDocumentListing(DocumentListing documentListing, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(documentListing, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(documentListing, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(documentListing, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(documentListing, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(documentListing, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(documentListing, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(documentListing, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(documentListing, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(documentListing, diagnostics, context);
		if (result || diagnostics != null) result &= validateDocumentListing_validateEntriesMatchComponents(documentListing, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateEntriesMatchComponents constraint of '<em>Document Listing</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDocumentListing_validateEntriesMatchComponents(DocumentListing documentListing, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return documentListing.validateEntriesMatchComponents(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateListingEntry(ListingEntry listingEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(listingEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOccupationalProfile(OccupationalProfile occupationalProfile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(occupationalProfile, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(occupationalProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(occupationalProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(occupationalProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(occupationalProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(occupationalProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(occupationalProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(occupationalProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(occupationalProfile, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(occupationalProfile, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOccupationalTask(OccupationalTask occupationalTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(occupationalTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(occupationalTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(occupationalTask, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOccupationalResponsibility(OccupationalResponsibility occupationalResponsibility, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(occupationalResponsibility, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(occupationalResponsibility, diagnostics, context);
		if (result || diagnostics != null) result &= validateOccupationalResponsibility_validateHasPracticalSkillsModule(occupationalResponsibility, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateHasPracticalSkillsModule constraint of '<em>Occupational Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOccupationalResponsibility_validateHasPracticalSkillsModule(OccupationalResponsibility occupationalResponsibility, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return occupationalResponsibility.validateHasPracticalSkillsModule(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOccupationalContext(OccupationalContext occupationalContext, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(occupationalContext, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(occupationalContext, diagnostics, context);
		if (result || diagnostics != null) result &= validateOccupationalContext_validateHasWorkExperienceModule(occupationalContext, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateHasWorkExperienceModule constraint of '<em>Occupational Context</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOccupationalContext_validateHasWorkExperienceModule(OccupationalContext occupationalContext, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return occupationalContext.validateHasWorkExperienceModule(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurriculumComponent(CurriculumComponent curriculumComponent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(curriculumComponent, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateTraceability(curriculumComponent, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateCreditsMatchNotionalHours(curriculumComponent, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateTraceability constraint of '<em>Component</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurriculumComponent_validateTraceability(CurriculumComponent curriculumComponent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return curriculumComponent.validateTraceability(diagnostics, context);
	}

	/**
	 * Validates the validateCreditsMatchNotionalHours constraint of '<em>Component</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurriculumComponent_validateCreditsMatchNotionalHours(CurriculumComponent curriculumComponent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return curriculumComponent.validateCreditsMatchNotionalHours(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKnowledgeModule(KnowledgeModule knowledgeModule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(knowledgeModule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateTraceability(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateCreditsMatchNotionalHours(knowledgeModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateKnowledgeModule_validateTopicWeightings(knowledgeModule, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateTopicWeightings constraint of '<em>Knowledge Module</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKnowledgeModule_validateTopicWeightings(KnowledgeModule knowledgeModule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return knowledgeModule.validateTopicWeightings(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKnowledgeTopic(KnowledgeTopic knowledgeTopic, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(knowledgeTopic, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(knowledgeTopic, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(knowledgeTopic, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTopicElement(TopicElement topicElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(topicElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(topicElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(topicElement, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePracticalSkillsModule(PracticalSkillsModule practicalSkillsModule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(practicalSkillsModule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateTraceability(practicalSkillsModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateCreditsMatchNotionalHours(practicalSkillsModule, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePracticalSkill(PracticalSkill practicalSkill, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(practicalSkill, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(practicalSkill, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(practicalSkill, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkExperienceModule(WorkExperienceModule workExperienceModule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workExperienceModule, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateTraceability(workExperienceModule, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateCreditsMatchNotionalHours(workExperienceModule, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkActivity(WorkActivity workActivity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workActivity, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(workActivity, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(workActivity, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnit(Unit unit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(unit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateTraceability(unit, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateCreditsMatchNotionalHours(unit, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLearningOutcome(LearningOutcome learningOutcome, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(learningOutcome, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(learningOutcome, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(learningOutcome, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessmentCriterion(AssessmentCriterion assessmentCriterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(assessmentCriterion, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(assessmentCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(assessmentCriterion, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnitOfCompetency(UnitOfCompetency unitOfCompetency, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(unitOfCompetency, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateTraceability(unitOfCompetency, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurriculumComponent_validateCreditsMatchNotionalHours(unitOfCompetency, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerformanceRequirement(PerformanceRequirement performanceRequirement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(performanceRequirement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(performanceRequirement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(performanceRequirement, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRequirementItem(RequirementItem requirementItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(requirementItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(requirementItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(requirementItem, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGuidanceDocument(GuidanceDocument guidanceDocument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(guidanceDocument, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(guidanceDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(guidanceDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(guidanceDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(guidanceDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(guidanceDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(guidanceDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(guidanceDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(guidanceDocument, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(guidanceDocument, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGuidanceSection(GuidanceSection guidanceSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(guidanceSection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQualification(Qualification qualification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(qualification, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(qualification, diagnostics, context);
		if (result || diagnostics != null) result &= validateQualification_validateCreditValue(qualification, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateCreditValue constraint of '<em>Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQualification_validateCreditValue(Qualification qualification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return qualification.validateCreditValue(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartQualification(PartQualification partQualification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(partQualification, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validateQualification_validateCreditValue(partQualification, diagnostics, context);
		if (result || diagnostics != null) result &= validatePartQualification_validateSubsetOfFullQualification(partQualification, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateSubsetOfFullQualification constraint of '<em>Part Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartQualification_validateSubsetOfFullQualification(PartQualification partQualification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return partQualification.validateSubsetOfFullQualification(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentifier(Identifier identifier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identifier, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRulesOfCombination(RulesOfCombination rulesOfCombination, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(rulesOfCombination, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(rulesOfCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(rulesOfCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(rulesOfCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(rulesOfCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(rulesOfCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(rulesOfCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(rulesOfCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(rulesOfCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validateRulesOfCombination_validateCreditsAchievable(rulesOfCombination, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateCreditsAchievable constraint of '<em>Rules Of Combination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRulesOfCombination_validateCreditsAchievable(RulesOfCombination rulesOfCombination, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return rulesOfCombination.validateCreditsAchievable(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComponentGroup(ComponentGroup componentGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(componentGroup, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(componentGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(componentGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(componentGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(componentGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(componentGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(componentGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(componentGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(componentGroup, diagnostics, context);
		if (result || diagnostics != null) result &= validateComponentGroup_validatePrintedTable(componentGroup, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validatePrintedTable constraint of '<em>Component Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComponentGroup_validatePrintedTable(ComponentGroup componentGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return componentGroup.validatePrintedTable(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLevelCreditRule(LevelCreditRule levelCreditRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(levelCreditRule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBarredCombination(BarredCombination barredCombination, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(barredCombination, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(barredCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(barredCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(barredCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(barredCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(barredCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(barredCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(barredCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(barredCombination, diagnostics, context);
		if (result || diagnostics != null) result &= validateBarredCombination_validateOnlyOptionalComponents(barredCombination, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateOnlyOptionalComponents constraint of '<em>Barred Combination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBarredCombination_validateOnlyOptionalComponents(BarredCombination barredCombination, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return barredCombination.validateOnlyOptionalComponents(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardsFramework(StandardsFramework standardsFramework, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(standardsFramework, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(standardsFramework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(standardsFramework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(standardsFramework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(standardsFramework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(standardsFramework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(standardsFramework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(standardsFramework, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(standardsFramework, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(standardsFramework, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardSection(StandardSection standardSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(standardSection, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(standardSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(standardSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(standardSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(standardSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(standardSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(standardSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(standardSection, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(standardSection, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(standardSection, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandard(Standard standard, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(standard, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(standard, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(standard, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardElement(StandardElement standardElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(standardElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(standardElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(standardElement, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerformanceCriterion(PerformanceCriterion performanceCriterion, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(performanceCriterion, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(performanceCriterion, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(performanceCriterion, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKnowledgeItem(KnowledgeItem knowledgeItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(knowledgeItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(knowledgeItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappableItem_validateRequiredFields(knowledgeItem, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMappingSet(MappingSet mappingSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(mappingSet, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validateUniqueIdentifiers(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappingSet_validateFrameworks(mappingSet, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappingSet_validateNoDuplicateLinks(mappingSet, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateFrameworks constraint of '<em>Mapping Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMappingSet_validateFrameworks(MappingSet mappingSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return mappingSet.validateFrameworks(diagnostics, context);
	}

	/**
	 * Validates the validateNoDuplicateLinks constraint of '<em>Mapping Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMappingSet_validateNoDuplicateLinks(MappingSet mappingSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return mappingSet.validateNoDuplicateLinks(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewable(Reviewable reviewable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(reviewable, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(reviewable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(reviewable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(reviewable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(reviewable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(reviewable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(reviewable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(reviewable, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(reviewable, diagnostics, context);
		if (result || diagnostics != null) result &= validateReviewable_validateReview(reviewable, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateReview constraint of '<em>Reviewable</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewable_validateReview(Reviewable reviewable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return reviewable.validateReview(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewComment(ReviewComment reviewComment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(reviewComment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGapReview(GapReview gapReview, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(gapReview, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(gapReview, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(gapReview, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(gapReview, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(gapReview, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(gapReview, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(gapReview, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(gapReview, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(gapReview, diagnostics, context);
		if (result || diagnostics != null) result &= validateReviewable_validateReview(gapReview, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMappingLink(MappingLink mappingLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(mappingLink, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateReviewable_validateReview(mappingLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateMappingLink_validateWithinFrameworks(mappingLink, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validateWithinFrameworks constraint of '<em>Mapping Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMappingLink_validateWithinFrameworks(MappingLink mappingLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return mappingLink.validateWithinFrameworks(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublicationStatus(PublicationStatus publicationStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComponentKind(ComponentKind componentKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkActivityMode(WorkActivityMode workActivityMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGuidanceKind(GuidanceKind guidanceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGuidanceSectionKind(GuidanceSectionKind guidanceSectionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewState(ReviewState reviewState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCoverageLevel(CoverageLevel coverageLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //CurriculumValidator
