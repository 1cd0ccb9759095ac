/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Curriculum Workbench domain: occupational profiles, curriculum components, qualifications and their rules of combination, units, standards frameworks and the mappings between them.
 * <!-- end-model-doc -->
 * @see org.curriculum.model.CurriculumFactory
 * @model kind="package"
 * @generated
 */
public interface CurriculumPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://curriculum.org/workbench/curriculum/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "curriculum";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CurriculumPackage eINSTANCE = org.curriculum.model.impl.CurriculumPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.NamedElementImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__CODE = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__PROPERTIES = 3;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.PropertyImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.MappableItemImpl <em>Mappable Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.MappableItemImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getMappableItem()
	 * @generated
	 */
	int MAPPABLE_ITEM = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPABLE_ITEM__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPABLE_ITEM__TITLE = NAMED_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPABLE_ITEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPABLE_ITEM__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Mappable Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPABLE_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Mappable Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPABLE_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.FrameworkImpl <em>Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.FrameworkImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getFramework()
	 * @generated
	 */
	int FRAMEWORK = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__TITLE = NAMED_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PUBLISHER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PUBLISHED = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.CurriculumImpl <em>Curriculum</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.CurriculumImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getCurriculum()
	 * @generated
	 */
	int CURRICULUM = 4;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__CODE = FRAMEWORK__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__TITLE = FRAMEWORK__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__DESCRIPTION = FRAMEWORK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__PROPERTIES = FRAMEWORK__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__VERSION = FRAMEWORK__VERSION;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__STATUS = FRAMEWORK__STATUS;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__PUBLISHER = FRAMEWORK__PUBLISHER;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__PUBLISHED = FRAMEWORK__PUBLISHED;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__PROFILE = FRAMEWORK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__COMPONENTS = FRAMEWORK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Qualifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__QUALIFICATIONS = FRAMEWORK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Guidance Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__GUIDANCE_DOCUMENTS = FRAMEWORK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Listings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM__LISTINGS = FRAMEWORK_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Curriculum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_FEATURE_COUNT = FRAMEWORK_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = FRAMEWORK___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Curriculum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_OPERATION_COUNT = FRAMEWORK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.DocumentListingImpl <em>Document Listing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.DocumentListingImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getDocumentListing()
	 * @generated
	 */
	int DOCUMENT_LISTING = 5;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LISTING__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LISTING__ENTRIES = 1;

	/**
	 * The number of structural features of the '<em>Document Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LISTING_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Validate Entries Match Components</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LISTING___VALIDATE_ENTRIES_MATCH_COMPONENTS__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Document Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_LISTING_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.ListingEntryImpl <em>Listing Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.ListingEntryImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getListingEntry()
	 * @generated
	 */
	int LISTING_ENTRY = 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_ENTRY__KIND = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_ENTRY__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_ENTRY__TITLE = 2;

	/**
	 * The number of structural features of the '<em>Listing Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Listing Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.OccupationalProfileImpl <em>Occupational Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.OccupationalProfileImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getOccupationalProfile()
	 * @generated
	 */
	int OCCUPATIONAL_PROFILE = 7;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__TITLE = NAMED_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Ofo Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__OFO_CODE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__OCCUPATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Related Occupations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__RELATED_OCCUPATIONS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Specialisations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__SPECIALISATIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__PURPOSE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE__TASKS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Occupational Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Occupational Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_PROFILE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.OccupationalTaskImpl <em>Occupational Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.OccupationalTaskImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getOccupationalTask()
	 * @generated
	 */
	int OCCUPATIONAL_TASK = 8;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK__NUMBER = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Product Or Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK__PRODUCT_OR_SERVICE = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Responsibilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK__RESPONSIBILITIES = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Contexts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK__CONTEXTS = MAPPABLE_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Occupational Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Occupational Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_TASK_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.OccupationalResponsibilityImpl <em>Occupational Responsibility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.OccupationalResponsibilityImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getOccupationalResponsibility()
	 * @generated
	 */
	int OCCUPATIONAL_RESPONSIBILITY = 9;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY__NUMBER = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Practical Skills Modules</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Occupational Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Has Practical Skills Module</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY___VALIDATE_HAS_PRACTICAL_SKILLS_MODULE__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Occupational Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_RESPONSIBILITY_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.OccupationalContextImpl <em>Occupational Context</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.OccupationalContextImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getOccupationalContext()
	 * @generated
	 */
	int OCCUPATIONAL_CONTEXT = 10;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT__NUMBER = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT__ROLE_LEVEL = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT__ROLE = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Work Experience Modules</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES = MAPPABLE_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Occupational Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Has Work Experience Module</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT___VALIDATE_HAS_WORK_EXPERIENCE_MODULE__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Occupational Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OCCUPATIONAL_CONTEXT_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.CurriculumComponentImpl <em>Component</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.CurriculumComponentImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getCurriculumComponent()
	 * @generated
	 */
	int CURRICULUM_COMPONENT = 11;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__NUMBER = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__LEVEL = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__CREDITS = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Notional Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__NOTIONAL_HOURS = MAPPABLE_ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS = MAPPABLE_ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__PURPOSE = MAPPABLE_ITEM_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT__TASKS = MAPPABLE_ITEM_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Traceability</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate Credits Match Notional Hours</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Component</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRICULUM_COMPONENT_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.KnowledgeModuleImpl <em>Knowledge Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.KnowledgeModuleImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getKnowledgeModule()
	 * @generated
	 */
	int KNOWLEDGE_MODULE = 12;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__CODE = CURRICULUM_COMPONENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__TITLE = CURRICULUM_COMPONENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__DESCRIPTION = CURRICULUM_COMPONENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__PROPERTIES = CURRICULUM_COMPONENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__NUMBER = CURRICULUM_COMPONENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__LEVEL = CURRICULUM_COMPONENT__LEVEL;

	/**
	 * The feature id for the '<em><b>Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__CREDITS = CURRICULUM_COMPONENT__CREDITS;

	/**
	 * The feature id for the '<em><b>Notional Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__NOTIONAL_HOURS = CURRICULUM_COMPONENT__NOTIONAL_HOURS;

	/**
	 * The feature id for the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__GUIDED_LEARNING_HOURS = CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__PURPOSE = CURRICULUM_COMPONENT__PURPOSE;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__TASKS = CURRICULUM_COMPONENT__TASKS;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE__TOPICS = CURRICULUM_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Knowledge Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE_FEATURE_COUNT = CURRICULUM_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Traceability</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Credits Match Notional Hours</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Topic Weightings</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE___VALIDATE_TOPIC_WEIGHTINGS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Knowledge Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_MODULE_OPERATION_COUNT = CURRICULUM_COMPONENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.KnowledgeTopicImpl <em>Knowledge Topic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.KnowledgeTopicImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getKnowledgeTopic()
	 * @generated
	 */
	int KNOWLEDGE_TOPIC = 13;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Weighting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC__WEIGHTING = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC__ELEMENTS = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Knowledge Topic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Knowledge Topic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_TOPIC_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.TopicElementImpl <em>Topic Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.TopicElementImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getTopicElement()
	 * @generated
	 */
	int TOPIC_ELEMENT = 14;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_ELEMENT__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_ELEMENT__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_ELEMENT__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_ELEMENT__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Topic Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_ELEMENT_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_ELEMENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Topic Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPIC_ELEMENT_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.PracticalSkillsModuleImpl <em>Practical Skills Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.PracticalSkillsModuleImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPracticalSkillsModule()
	 * @generated
	 */
	int PRACTICAL_SKILLS_MODULE = 15;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__CODE = CURRICULUM_COMPONENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__TITLE = CURRICULUM_COMPONENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__DESCRIPTION = CURRICULUM_COMPONENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__PROPERTIES = CURRICULUM_COMPONENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__NUMBER = CURRICULUM_COMPONENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__LEVEL = CURRICULUM_COMPONENT__LEVEL;

	/**
	 * The feature id for the '<em><b>Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__CREDITS = CURRICULUM_COMPONENT__CREDITS;

	/**
	 * The feature id for the '<em><b>Notional Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__NOTIONAL_HOURS = CURRICULUM_COMPONENT__NOTIONAL_HOURS;

	/**
	 * The feature id for the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__GUIDED_LEARNING_HOURS = CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__PURPOSE = CURRICULUM_COMPONENT__PURPOSE;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__TASKS = CURRICULUM_COMPONENT__TASKS;

	/**
	 * The feature id for the '<em><b>Skills</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__SKILLS = CURRICULUM_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assessment Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA = CURRICULUM_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Practical Skills Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE_FEATURE_COUNT = CURRICULUM_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Traceability</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Credits Match Notional Hours</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Practical Skills Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILLS_MODULE_OPERATION_COUNT = CURRICULUM_COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.PracticalSkillImpl <em>Practical Skill</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.PracticalSkillImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPracticalSkill()
	 * @generated
	 */
	int PRACTICAL_SKILL = 16;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILL__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILL__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILL__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILL__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Practical Skill</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILL_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILL___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILL___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Practical Skill</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICAL_SKILL_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.WorkExperienceModuleImpl <em>Work Experience Module</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.WorkExperienceModuleImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getWorkExperienceModule()
	 * @generated
	 */
	int WORK_EXPERIENCE_MODULE = 17;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__CODE = CURRICULUM_COMPONENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__TITLE = CURRICULUM_COMPONENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__DESCRIPTION = CURRICULUM_COMPONENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__PROPERTIES = CURRICULUM_COMPONENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__NUMBER = CURRICULUM_COMPONENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__LEVEL = CURRICULUM_COMPONENT__LEVEL;

	/**
	 * The feature id for the '<em><b>Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__CREDITS = CURRICULUM_COMPONENT__CREDITS;

	/**
	 * The feature id for the '<em><b>Notional Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__NOTIONAL_HOURS = CURRICULUM_COMPONENT__NOTIONAL_HOURS;

	/**
	 * The feature id for the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__GUIDED_LEARNING_HOURS = CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__PURPOSE = CURRICULUM_COMPONENT__PURPOSE;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__TASKS = CURRICULUM_COMPONENT__TASKS;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__ACTIVITIES = CURRICULUM_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supporting Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE__SUPPORTING_EVIDENCE = CURRICULUM_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Work Experience Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE_FEATURE_COUNT = CURRICULUM_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Traceability</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Credits Match Notional Hours</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Work Experience Module</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_EXPERIENCE_MODULE_OPERATION_COUNT = CURRICULUM_COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.WorkActivityImpl <em>Work Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.WorkActivityImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getWorkActivity()
	 * @generated
	 */
	int WORK_ACTIVITY = 18;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY__MODE = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Work Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Work Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ACTIVITY_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.UnitImpl <em>Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.UnitImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 19;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__CODE = CURRICULUM_COMPONENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__TITLE = CURRICULUM_COMPONENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__DESCRIPTION = CURRICULUM_COMPONENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__PROPERTIES = CURRICULUM_COMPONENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__NUMBER = CURRICULUM_COMPONENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__LEVEL = CURRICULUM_COMPONENT__LEVEL;

	/**
	 * The feature id for the '<em><b>Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__CREDITS = CURRICULUM_COMPONENT__CREDITS;

	/**
	 * The feature id for the '<em><b>Notional Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__NOTIONAL_HOURS = CURRICULUM_COMPONENT__NOTIONAL_HOURS;

	/**
	 * The feature id for the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__GUIDED_LEARNING_HOURS = CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__PURPOSE = CURRICULUM_COMPONENT__PURPOSE;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__TASKS = CURRICULUM_COMPONENT__TASKS;

	/**
	 * The feature id for the '<em><b>Reference Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__REFERENCE_CODE = CURRICULUM_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Aim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__AIM = CURRICULUM_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__INTRODUCTION = CURRICULUM_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__GUIDANCE = CURRICULUM_COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Learning Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__LEARNING_OUTCOMES = CURRICULUM_COMPONENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Guidance Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__GUIDANCE_DOCUMENTS = CURRICULUM_COMPONENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_FEATURE_COUNT = CURRICULUM_COMPONENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Traceability</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Credits Match Notional Hours</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OPERATION_COUNT = CURRICULUM_COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.LearningOutcomeImpl <em>Learning Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.LearningOutcomeImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getLearningOutcome()
	 * @generated
	 */
	int LEARNING_OUTCOME = 20;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME__CONTENT = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assessment Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME__ASSESSMENT_CRITERIA = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Learning Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Learning Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_OUTCOME_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.AssessmentCriterionImpl <em>Assessment Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.AssessmentCriterionImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getAssessmentCriterion()
	 * @generated
	 */
	int ASSESSMENT_CRITERION = 21;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_CRITERION__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_CRITERION__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_CRITERION__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_CRITERION__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Assessment Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_CRITERION_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_CRITERION___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_CRITERION___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Assessment Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_CRITERION_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.UnitOfCompetencyImpl <em>Unit Of Competency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.UnitOfCompetencyImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getUnitOfCompetency()
	 * @generated
	 */
	int UNIT_OF_COMPETENCY = 22;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__CODE = CURRICULUM_COMPONENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__TITLE = CURRICULUM_COMPONENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__DESCRIPTION = CURRICULUM_COMPONENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__PROPERTIES = CURRICULUM_COMPONENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__NUMBER = CURRICULUM_COMPONENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__LEVEL = CURRICULUM_COMPONENT__LEVEL;

	/**
	 * The feature id for the '<em><b>Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__CREDITS = CURRICULUM_COMPONENT__CREDITS;

	/**
	 * The feature id for the '<em><b>Notional Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__NOTIONAL_HOURS = CURRICULUM_COMPONENT__NOTIONAL_HOURS;

	/**
	 * The feature id for the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__GUIDED_LEARNING_HOURS = CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__PURPOSE = CURRICULUM_COMPONENT__PURPOSE;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__TASKS = CURRICULUM_COMPONENT__TASKS;

	/**
	 * The feature id for the '<em><b>Functional Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__FUNCTIONAL_AREA = CURRICULUM_COMPONENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__RANGE = CURRICULUM_COMPONENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__REMARK = CURRICULUM_COMPONENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Performance Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS = CURRICULUM_COMPONENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assessment Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA = CURRICULUM_COMPONENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Unit Of Competency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY_FEATURE_COUNT = CURRICULUM_COMPONENT_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Traceability</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Credits Match Notional Hours</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP = CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Unit Of Competency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OF_COMPETENCY_OPERATION_COUNT = CURRICULUM_COMPONENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.PerformanceRequirementImpl <em>Performance Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.PerformanceRequirementImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPerformanceRequirement()
	 * @generated
	 */
	int PERFORMANCE_REQUIREMENT = 23;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT__ITEMS = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Performance Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Performance Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REQUIREMENT_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.RequirementItemImpl <em>Requirement Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.RequirementItemImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getRequirementItem()
	 * @generated
	 */
	int REQUIREMENT_ITEM = 24;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_ITEM__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_ITEM__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_ITEM__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_ITEM__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Requirement Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_ITEM_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Requirement Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_ITEM_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.GuidanceDocumentImpl <em>Guidance Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.GuidanceDocumentImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGuidanceDocument()
	 * @generated
	 */
	int GUIDANCE_DOCUMENT = 25;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__TITLE = NAMED_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__SECTIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Guidance Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Guidance Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.GuidanceSectionImpl <em>Guidance Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.GuidanceSectionImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGuidanceSection()
	 * @generated
	 */
	int GUIDANCE_SECTION = 26;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_SECTION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_SECTION__HEADING = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_SECTION__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_SECTION__POINTS = 3;

	/**
	 * The number of structural features of the '<em>Guidance Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_SECTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Guidance Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.QualificationImpl <em>Qualification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.QualificationImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getQualification()
	 * @generated
	 */
	int QUALIFICATION = 27;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Qualification Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__QUALIFICATION_NUMBER = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Identifiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__IDENTIFIERS = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Awarding Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__AWARDING_BODY = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__LEVEL = MAPPABLE_ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Total Qualification Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__TOTAL_QUALIFICATION_TIME = MAPPABLE_ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Credit Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__CREDIT_VALUE = MAPPABLE_ITEM_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__GUIDED_LEARNING_HOURS = MAPPABLE_ITEM_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__RULES = MAPPABLE_ITEM_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Qualification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Credit Value</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION___VALIDATE_CREDIT_VALUE__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Qualification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.PartQualificationImpl <em>Part Qualification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.PartQualificationImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPartQualification()
	 * @generated
	 */
	int PART_QUALIFICATION = 28;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__CODE = QUALIFICATION__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__TITLE = QUALIFICATION__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__DESCRIPTION = QUALIFICATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__PROPERTIES = QUALIFICATION__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Qualification Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__QUALIFICATION_NUMBER = QUALIFICATION__QUALIFICATION_NUMBER;

	/**
	 * The feature id for the '<em><b>Identifiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__IDENTIFIERS = QUALIFICATION__IDENTIFIERS;

	/**
	 * The feature id for the '<em><b>Awarding Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__AWARDING_BODY = QUALIFICATION__AWARDING_BODY;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__LEVEL = QUALIFICATION__LEVEL;

	/**
	 * The feature id for the '<em><b>Total Qualification Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__TOTAL_QUALIFICATION_TIME = QUALIFICATION__TOTAL_QUALIFICATION_TIME;

	/**
	 * The feature id for the '<em><b>Credit Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__CREDIT_VALUE = QUALIFICATION__CREDIT_VALUE;

	/**
	 * The feature id for the '<em><b>Guided Learning Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__GUIDED_LEARNING_HOURS = QUALIFICATION__GUIDED_LEARNING_HOURS;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__RULES = QUALIFICATION__RULES;

	/**
	 * The feature id for the '<em><b>Full Qualification</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION__FULL_QUALIFICATION = QUALIFICATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Part Qualification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION_FEATURE_COUNT = QUALIFICATION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = QUALIFICATION___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = QUALIFICATION___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Credit Value</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION___VALIDATE_CREDIT_VALUE__DIAGNOSTICCHAIN_MAP = QUALIFICATION___VALIDATE_CREDIT_VALUE__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Subset Of Full Qualification</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION___VALIDATE_SUBSET_OF_FULL_QUALIFICATION__DIAGNOSTICCHAIN_MAP = QUALIFICATION_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Part Qualification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PART_QUALIFICATION_OPERATION_COUNT = QUALIFICATION_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.IdentifierImpl <em>Identifier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.IdentifierImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getIdentifier()
	 * @generated
	 */
	int IDENTIFIER = 29;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER__SCHEME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.RulesOfCombinationImpl <em>Rules Of Combination</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.RulesOfCombinationImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getRulesOfCombination()
	 * @generated
	 */
	int RULES_OF_COMBINATION = 30;

	/**
	 * The feature id for the '<em><b>Total Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION__TOTAL_CREDITS = 0;

	/**
	 * The feature id for the '<em><b>Only Listed Components</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION__ONLY_LISTED_COMPONENTS = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION__NOTE = 2;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION__GROUPS = 3;

	/**
	 * The feature id for the '<em><b>Level Minimums</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION__LEVEL_MINIMUMS = 4;

	/**
	 * The feature id for the '<em><b>Barred Combinations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION__BARRED_COMBINATIONS = 5;

	/**
	 * The number of structural features of the '<em>Rules Of Combination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Validate Credits Achievable</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION___VALIDATE_CREDITS_ACHIEVABLE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Rules Of Combination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULES_OF_COMBINATION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.ComponentGroupImpl <em>Component Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.ComponentGroupImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getComponentGroup()
	 * @generated
	 */
	int COMPONENT_GROUP = 31;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP__MANDATORY = 1;

	/**
	 * The feature id for the '<em><b>Minimum Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP__MINIMUM_CREDITS = 2;

	/**
	 * The feature id for the '<em><b>Maximum Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP__MAXIMUM_CREDITS = 3;

	/**
	 * The feature id for the '<em><b>Minimum Components</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP__MINIMUM_COMPONENTS = 4;

	/**
	 * The feature id for the '<em><b>Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP__COMPONENTS = 5;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP__ENTRIES = 6;

	/**
	 * The number of structural features of the '<em>Component Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP_FEATURE_COUNT = 7;

	/**
	 * The operation id for the '<em>Validate Printed Table</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP___VALIDATE_PRINTED_TABLE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Component Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPONENT_GROUP_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.LevelCreditRuleImpl <em>Level Credit Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.LevelCreditRuleImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getLevelCreditRule()
	 * @generated
	 */
	int LEVEL_CREDIT_RULE = 32;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_CREDIT_RULE__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Minimum Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_CREDIT_RULE__MINIMUM_CREDITS = 1;

	/**
	 * The feature id for the '<em><b>At Or Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_CREDIT_RULE__AT_OR_ABOVE = 2;

	/**
	 * The number of structural features of the '<em>Level Credit Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_CREDIT_RULE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Level Credit Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_CREDIT_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.BarredCombinationImpl <em>Barred Combination</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.BarredCombinationImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getBarredCombination()
	 * @generated
	 */
	int BARRED_COMBINATION = 33;

	/**
	 * The feature id for the '<em><b>Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRED_COMBINATION__COMPONENTS = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRED_COMBINATION__REASON = 1;

	/**
	 * The number of structural features of the '<em>Barred Combination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRED_COMBINATION_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Validate Only Optional Components</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRED_COMBINATION___VALIDATE_ONLY_OPTIONAL_COMPONENTS__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Barred Combination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BARRED_COMBINATION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.StandardsFrameworkImpl <em>Standards Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.StandardsFrameworkImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getStandardsFramework()
	 * @generated
	 */
	int STANDARDS_FRAMEWORK = 34;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__CODE = FRAMEWORK__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__TITLE = FRAMEWORK__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__DESCRIPTION = FRAMEWORK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__PROPERTIES = FRAMEWORK__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__VERSION = FRAMEWORK__VERSION;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__STATUS = FRAMEWORK__STATUS;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__PUBLISHER = FRAMEWORK__PUBLISHER;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__PUBLISHED = FRAMEWORK__PUBLISHED;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__SECTIONS = FRAMEWORK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK__STANDARDS = FRAMEWORK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Standards Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK_FEATURE_COUNT = FRAMEWORK_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = FRAMEWORK___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Standards Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARDS_FRAMEWORK_OPERATION_COUNT = FRAMEWORK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.StandardSectionImpl <em>Standard Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.StandardSectionImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getStandardSection()
	 * @generated
	 */
	int STANDARD_SECTION = 35;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION__TITLE = NAMED_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION__SECTIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Standards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION__STANDARDS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Standard Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Standard Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_SECTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.StandardImpl <em>Standard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.StandardImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getStandard()
	 * @generated
	 */
	int STANDARD = 36;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__LEVEL = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__ELEMENTS = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Performance Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__PERFORMANCE_CRITERIA = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Knowledge Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD__KNOWLEDGE_ITEMS = MAPPABLE_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.StandardElementImpl <em>Standard Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.StandardElementImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getStandardElement()
	 * @generated
	 */
	int STANDARD_ELEMENT = 37;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Performance Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT__PERFORMANCE_CRITERIA = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Knowledge Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT__KNOWLEDGE_ITEMS = MAPPABLE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Standard Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Standard Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_ELEMENT_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.PerformanceCriterionImpl <em>Performance Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.PerformanceCriterionImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPerformanceCriterion()
	 * @generated
	 */
	int PERFORMANCE_CRITERION = 38;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_CRITERION__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_CRITERION__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_CRITERION__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_CRITERION__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Performance Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_CRITERION_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_CRITERION___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_CRITERION___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Performance Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_CRITERION_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.KnowledgeItemImpl <em>Knowledge Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.KnowledgeItemImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getKnowledgeItem()
	 * @generated
	 */
	int KNOWLEDGE_ITEM = 39;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ITEM__CODE = MAPPABLE_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ITEM__TITLE = MAPPABLE_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ITEM__DESCRIPTION = MAPPABLE_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ITEM__PROPERTIES = MAPPABLE_ITEM__PROPERTIES;

	/**
	 * The number of structural features of the '<em>Knowledge Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ITEM_FEATURE_COUNT = MAPPABLE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Required Fields</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Knowledge Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ITEM_OPERATION_COUNT = MAPPABLE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.MappingSetImpl <em>Mapping Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.MappingSetImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getMappingSet()
	 * @generated
	 */
	int MAPPING_SET = 40;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__CODE = NAMED_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__TITLE = NAMED_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__KEY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__LINKS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Approved Publication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__APPROVED_PUBLICATION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Gap Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET__GAP_REVIEWS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Mapping Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Validate Unique Identifiers</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Frameworks</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET___VALIDATE_FRAMEWORKS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Validate No Duplicate Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET___VALIDATE_NO_DUPLICATE_LINKS__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Mapping Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_SET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.ReviewableImpl <em>Reviewable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.ReviewableImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getReviewable()
	 * @generated
	 */
	int REVIEWABLE = 41;

	/**
	 * The feature id for the '<em><b>Review State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWABLE__REVIEW_STATE = 0;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWABLE__REVIEWER = 1;

	/**
	 * The feature id for the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWABLE__REVIEWED_ON = 2;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWABLE__COMMENTS = 3;

	/**
	 * The number of structural features of the '<em>Reviewable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWABLE_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Effective Review State</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWABLE___EFFECTIVE_REVIEW_STATE = 0;

	/**
	 * The operation id for the '<em>Validate Review</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWABLE___VALIDATE_REVIEW__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Reviewable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWABLE_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.ReviewCommentImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getReviewComment()
	 * @generated
	 */
	int REVIEW_COMMENT = 42;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__AUTHOR = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__DATE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.GapReviewImpl <em>Gap Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.GapReviewImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGapReview()
	 * @generated
	 */
	int GAP_REVIEW = 43;

	/**
	 * The feature id for the '<em><b>Review State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW__REVIEW_STATE = REVIEWABLE__REVIEW_STATE;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW__REVIEWER = REVIEWABLE__REVIEWER;

	/**
	 * The feature id for the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW__REVIEWED_ON = REVIEWABLE__REVIEWED_ON;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW__COMMENTS = REVIEWABLE__COMMENTS;

	/**
	 * The feature id for the '<em><b>Standard</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW__STANDARD = REVIEWABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW__JUSTIFICATION = REVIEWABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Gap Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW_FEATURE_COUNT = REVIEWABLE_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Effective Review State</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW___EFFECTIVE_REVIEW_STATE = REVIEWABLE___EFFECTIVE_REVIEW_STATE;

	/**
	 * The operation id for the '<em>Validate Review</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW___VALIDATE_REVIEW__DIAGNOSTICCHAIN_MAP = REVIEWABLE___VALIDATE_REVIEW__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Gap Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GAP_REVIEW_OPERATION_COUNT = REVIEWABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.curriculum.model.impl.MappingLinkImpl <em>Mapping Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.impl.MappingLinkImpl
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getMappingLink()
	 * @generated
	 */
	int MAPPING_LINK = 44;

	/**
	 * The feature id for the '<em><b>Review State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__REVIEW_STATE = REVIEWABLE__REVIEW_STATE;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__REVIEWER = REVIEWABLE__REVIEWER;

	/**
	 * The feature id for the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__REVIEWED_ON = REVIEWABLE__REVIEWED_ON;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__COMMENTS = REVIEWABLE__COMMENTS;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__ITEM = REVIEWABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Standard</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__STANDARD = REVIEWABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Coverage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__COVERAGE = REVIEWABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__RATIONALE = REVIEWABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__AUTHOR = REVIEWABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK__DATE = REVIEWABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Mapping Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK_FEATURE_COUNT = REVIEWABLE_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Effective Review State</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK___EFFECTIVE_REVIEW_STATE = REVIEWABLE___EFFECTIVE_REVIEW_STATE;

	/**
	 * The operation id for the '<em>Validate Review</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK___VALIDATE_REVIEW__DIAGNOSTICCHAIN_MAP = REVIEWABLE___VALIDATE_REVIEW__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Validate Within Frameworks</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK___VALIDATE_WITHIN_FRAMEWORKS__DIAGNOSTICCHAIN_MAP = REVIEWABLE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Mapping Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_LINK_OPERATION_COUNT = REVIEWABLE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.curriculum.model.PublicationStatus <em>Publication Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.PublicationStatus
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPublicationStatus()
	 * @generated
	 */
	int PUBLICATION_STATUS = 45;

	/**
	 * The meta object id for the '{@link org.curriculum.model.ComponentKind <em>Component Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.ComponentKind
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getComponentKind()
	 * @generated
	 */
	int COMPONENT_KIND = 46;

	/**
	 * The meta object id for the '{@link org.curriculum.model.WorkActivityMode <em>Work Activity Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.WorkActivityMode
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getWorkActivityMode()
	 * @generated
	 */
	int WORK_ACTIVITY_MODE = 47;

	/**
	 * The meta object id for the '{@link org.curriculum.model.GuidanceKind <em>Guidance Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.GuidanceKind
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGuidanceKind()
	 * @generated
	 */
	int GUIDANCE_KIND = 48;

	/**
	 * The meta object id for the '{@link org.curriculum.model.GuidanceSectionKind <em>Guidance Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.GuidanceSectionKind
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGuidanceSectionKind()
	 * @generated
	 */
	int GUIDANCE_SECTION_KIND = 49;

	/**
	 * The meta object id for the '{@link org.curriculum.model.ReviewState <em>Review State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.ReviewState
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getReviewState()
	 * @generated
	 */
	int REVIEW_STATE = 50;

	/**
	 * The meta object id for the '{@link org.curriculum.model.CoverageLevel <em>Coverage Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.curriculum.model.CoverageLevel
	 * @see org.curriculum.model.impl.CurriculumPackageImpl#getCoverageLevel()
	 * @generated
	 */
	int COVERAGE_LEVEL = 51;


	/**
	 * Returns the meta object for class '{@link org.curriculum.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.curriculum.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.NamedElement#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.curriculum.model.NamedElement#getCode()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.NamedElement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.curriculum.model.NamedElement#getTitle()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.curriculum.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.NamedElement#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.curriculum.model.NamedElement#getProperties()
	 * @see #getNamedElement()
	 * @generated
	 */
	EReference getNamedElement_Properties();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.NamedElement#validateUniqueIdentifiers(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Unique Identifiers</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Unique Identifiers</em>' operation.
	 * @see org.curriculum.model.NamedElement#validateUniqueIdentifiers(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getNamedElement__ValidateUniqueIdentifiers__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.curriculum.model.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.curriculum.model.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.curriculum.model.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.MappableItem <em>Mappable Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mappable Item</em>'.
	 * @see org.curriculum.model.MappableItem
	 * @generated
	 */
	EClass getMappableItem();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.MappableItem#validateRequiredFields(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Required Fields</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Required Fields</em>' operation.
	 * @see org.curriculum.model.MappableItem#validateRequiredFields(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMappableItem__ValidateRequiredFields__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Framework</em>'.
	 * @see org.curriculum.model.Framework
	 * @generated
	 */
	EClass getFramework();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Framework#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.curriculum.model.Framework#getVersion()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Framework#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.curriculum.model.Framework#getStatus()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Framework#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.curriculum.model.Framework#getPublisher()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Framework#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.curriculum.model.Framework#getPublished()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Published();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.Curriculum <em>Curriculum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Curriculum</em>'.
	 * @see org.curriculum.model.Curriculum
	 * @generated
	 */
	EClass getCurriculum();

	/**
	 * Returns the meta object for the containment reference '{@link org.curriculum.model.Curriculum#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Profile</em>'.
	 * @see org.curriculum.model.Curriculum#getProfile()
	 * @see #getCurriculum()
	 * @generated
	 */
	EReference getCurriculum_Profile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Curriculum#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Components</em>'.
	 * @see org.curriculum.model.Curriculum#getComponents()
	 * @see #getCurriculum()
	 * @generated
	 */
	EReference getCurriculum_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Curriculum#getQualifications <em>Qualifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Qualifications</em>'.
	 * @see org.curriculum.model.Curriculum#getQualifications()
	 * @see #getCurriculum()
	 * @generated
	 */
	EReference getCurriculum_Qualifications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Curriculum#getGuidanceDocuments <em>Guidance Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Guidance Documents</em>'.
	 * @see org.curriculum.model.Curriculum#getGuidanceDocuments()
	 * @see #getCurriculum()
	 * @generated
	 */
	EReference getCurriculum_GuidanceDocuments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Curriculum#getListings <em>Listings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Listings</em>'.
	 * @see org.curriculum.model.Curriculum#getListings()
	 * @see #getCurriculum()
	 * @generated
	 */
	EReference getCurriculum_Listings();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.DocumentListing <em>Document Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Listing</em>'.
	 * @see org.curriculum.model.DocumentListing
	 * @generated
	 */
	EClass getDocumentListing();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.DocumentListing#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.curriculum.model.DocumentListing#getTitle()
	 * @see #getDocumentListing()
	 * @generated
	 */
	EAttribute getDocumentListing_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.DocumentListing#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.curriculum.model.DocumentListing#getEntries()
	 * @see #getDocumentListing()
	 * @generated
	 */
	EReference getDocumentListing_Entries();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.DocumentListing#validateEntriesMatchComponents(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Entries Match Components</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Entries Match Components</em>' operation.
	 * @see org.curriculum.model.DocumentListing#validateEntriesMatchComponents(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getDocumentListing__ValidateEntriesMatchComponents__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.ListingEntry <em>Listing Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listing Entry</em>'.
	 * @see org.curriculum.model.ListingEntry
	 * @generated
	 */
	EClass getListingEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ListingEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.curriculum.model.ListingEntry#getKind()
	 * @see #getListingEntry()
	 * @generated
	 */
	EAttribute getListingEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ListingEntry#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.curriculum.model.ListingEntry#getNumber()
	 * @see #getListingEntry()
	 * @generated
	 */
	EAttribute getListingEntry_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ListingEntry#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.curriculum.model.ListingEntry#getTitle()
	 * @see #getListingEntry()
	 * @generated
	 */
	EAttribute getListingEntry_Title();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.OccupationalProfile <em>Occupational Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Occupational Profile</em>'.
	 * @see org.curriculum.model.OccupationalProfile
	 * @generated
	 */
	EClass getOccupationalProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalProfile#getOfoCode <em>Ofo Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ofo Code</em>'.
	 * @see org.curriculum.model.OccupationalProfile#getOfoCode()
	 * @see #getOccupationalProfile()
	 * @generated
	 */
	EAttribute getOccupationalProfile_OfoCode();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalProfile#getOccupation <em>Occupation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupation</em>'.
	 * @see org.curriculum.model.OccupationalProfile#getOccupation()
	 * @see #getOccupationalProfile()
	 * @generated
	 */
	EAttribute getOccupationalProfile_Occupation();

	/**
	 * Returns the meta object for the attribute list '{@link org.curriculum.model.OccupationalProfile#getRelatedOccupations <em>Related Occupations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Related Occupations</em>'.
	 * @see org.curriculum.model.OccupationalProfile#getRelatedOccupations()
	 * @see #getOccupationalProfile()
	 * @generated
	 */
	EAttribute getOccupationalProfile_RelatedOccupations();

	/**
	 * Returns the meta object for the attribute list '{@link org.curriculum.model.OccupationalProfile#getSpecialisations <em>Specialisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Specialisations</em>'.
	 * @see org.curriculum.model.OccupationalProfile#getSpecialisations()
	 * @see #getOccupationalProfile()
	 * @generated
	 */
	EAttribute getOccupationalProfile_Specialisations();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalProfile#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.curriculum.model.OccupationalProfile#getPurpose()
	 * @see #getOccupationalProfile()
	 * @generated
	 */
	EAttribute getOccupationalProfile_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalProfile#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.curriculum.model.OccupationalProfile#getScope()
	 * @see #getOccupationalProfile()
	 * @generated
	 */
	EAttribute getOccupationalProfile_Scope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.OccupationalProfile#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.curriculum.model.OccupationalProfile#getTasks()
	 * @see #getOccupationalProfile()
	 * @generated
	 */
	EReference getOccupationalProfile_Tasks();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.OccupationalTask <em>Occupational Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Occupational Task</em>'.
	 * @see org.curriculum.model.OccupationalTask
	 * @generated
	 */
	EClass getOccupationalTask();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalTask#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.curriculum.model.OccupationalTask#getNumber()
	 * @see #getOccupationalTask()
	 * @generated
	 */
	EAttribute getOccupationalTask_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalTask#getProductOrService <em>Product Or Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Or Service</em>'.
	 * @see org.curriculum.model.OccupationalTask#getProductOrService()
	 * @see #getOccupationalTask()
	 * @generated
	 */
	EAttribute getOccupationalTask_ProductOrService();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.OccupationalTask#getResponsibilities <em>Responsibilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responsibilities</em>'.
	 * @see org.curriculum.model.OccupationalTask#getResponsibilities()
	 * @see #getOccupationalTask()
	 * @generated
	 */
	EReference getOccupationalTask_Responsibilities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.OccupationalTask#getContexts <em>Contexts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contexts</em>'.
	 * @see org.curriculum.model.OccupationalTask#getContexts()
	 * @see #getOccupationalTask()
	 * @generated
	 */
	EReference getOccupationalTask_Contexts();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.OccupationalResponsibility <em>Occupational Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Occupational Responsibility</em>'.
	 * @see org.curriculum.model.OccupationalResponsibility
	 * @generated
	 */
	EClass getOccupationalResponsibility();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalResponsibility#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.curriculum.model.OccupationalResponsibility#getNumber()
	 * @see #getOccupationalResponsibility()
	 * @generated
	 */
	EAttribute getOccupationalResponsibility_Number();

	/**
	 * Returns the meta object for the reference list '{@link org.curriculum.model.OccupationalResponsibility#getPracticalSkillsModules <em>Practical Skills Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Practical Skills Modules</em>'.
	 * @see org.curriculum.model.OccupationalResponsibility#getPracticalSkillsModules()
	 * @see #getOccupationalResponsibility()
	 * @generated
	 */
	EReference getOccupationalResponsibility_PracticalSkillsModules();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.OccupationalResponsibility#validateHasPracticalSkillsModule(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Has Practical Skills Module</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Has Practical Skills Module</em>' operation.
	 * @see org.curriculum.model.OccupationalResponsibility#validateHasPracticalSkillsModule(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOccupationalResponsibility__ValidateHasPracticalSkillsModule__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.OccupationalContext <em>Occupational Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Occupational Context</em>'.
	 * @see org.curriculum.model.OccupationalContext
	 * @generated
	 */
	EClass getOccupationalContext();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalContext#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.curriculum.model.OccupationalContext#getNumber()
	 * @see #getOccupationalContext()
	 * @generated
	 */
	EAttribute getOccupationalContext_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalContext#getRoleLevel <em>Role Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role Level</em>'.
	 * @see org.curriculum.model.OccupationalContext#getRoleLevel()
	 * @see #getOccupationalContext()
	 * @generated
	 */
	EAttribute getOccupationalContext_RoleLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.OccupationalContext#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.curriculum.model.OccupationalContext#getRole()
	 * @see #getOccupationalContext()
	 * @generated
	 */
	EAttribute getOccupationalContext_Role();

	/**
	 * Returns the meta object for the reference list '{@link org.curriculum.model.OccupationalContext#getWorkExperienceModules <em>Work Experience Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Work Experience Modules</em>'.
	 * @see org.curriculum.model.OccupationalContext#getWorkExperienceModules()
	 * @see #getOccupationalContext()
	 * @generated
	 */
	EReference getOccupationalContext_WorkExperienceModules();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.OccupationalContext#validateHasWorkExperienceModule(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Has Work Experience Module</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Has Work Experience Module</em>' operation.
	 * @see org.curriculum.model.OccupationalContext#validateHasWorkExperienceModule(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOccupationalContext__ValidateHasWorkExperienceModule__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.CurriculumComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component</em>'.
	 * @see org.curriculum.model.CurriculumComponent
	 * @generated
	 */
	EClass getCurriculumComponent();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.CurriculumComponent#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.curriculum.model.CurriculumComponent#getNumber()
	 * @see #getCurriculumComponent()
	 * @generated
	 */
	EAttribute getCurriculumComponent_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.CurriculumComponent#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.curriculum.model.CurriculumComponent#getLevel()
	 * @see #getCurriculumComponent()
	 * @generated
	 */
	EAttribute getCurriculumComponent_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.CurriculumComponent#getCredits <em>Credits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credits</em>'.
	 * @see org.curriculum.model.CurriculumComponent#getCredits()
	 * @see #getCurriculumComponent()
	 * @generated
	 */
	EAttribute getCurriculumComponent_Credits();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.CurriculumComponent#getNotionalHours <em>Notional Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notional Hours</em>'.
	 * @see org.curriculum.model.CurriculumComponent#getNotionalHours()
	 * @see #getCurriculumComponent()
	 * @generated
	 */
	EAttribute getCurriculumComponent_NotionalHours();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.CurriculumComponent#getGuidedLearningHours <em>Guided Learning Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guided Learning Hours</em>'.
	 * @see org.curriculum.model.CurriculumComponent#getGuidedLearningHours()
	 * @see #getCurriculumComponent()
	 * @generated
	 */
	EAttribute getCurriculumComponent_GuidedLearningHours();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.CurriculumComponent#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.curriculum.model.CurriculumComponent#getPurpose()
	 * @see #getCurriculumComponent()
	 * @generated
	 */
	EAttribute getCurriculumComponent_Purpose();

	/**
	 * Returns the meta object for the reference list '{@link org.curriculum.model.CurriculumComponent#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tasks</em>'.
	 * @see org.curriculum.model.CurriculumComponent#getTasks()
	 * @see #getCurriculumComponent()
	 * @generated
	 */
	EReference getCurriculumComponent_Tasks();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.CurriculumComponent#validateTraceability(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Traceability</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Traceability</em>' operation.
	 * @see org.curriculum.model.CurriculumComponent#validateTraceability(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCurriculumComponent__ValidateTraceability__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.CurriculumComponent#validateCreditsMatchNotionalHours(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Credits Match Notional Hours</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Credits Match Notional Hours</em>' operation.
	 * @see org.curriculum.model.CurriculumComponent#validateCreditsMatchNotionalHours(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCurriculumComponent__ValidateCreditsMatchNotionalHours__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.KnowledgeModule <em>Knowledge Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knowledge Module</em>'.
	 * @see org.curriculum.model.KnowledgeModule
	 * @generated
	 */
	EClass getKnowledgeModule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.KnowledgeModule#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Topics</em>'.
	 * @see org.curriculum.model.KnowledgeModule#getTopics()
	 * @see #getKnowledgeModule()
	 * @generated
	 */
	EReference getKnowledgeModule_Topics();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.KnowledgeModule#validateTopicWeightings(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Topic Weightings</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Topic Weightings</em>' operation.
	 * @see org.curriculum.model.KnowledgeModule#validateTopicWeightings(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getKnowledgeModule__ValidateTopicWeightings__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.KnowledgeTopic <em>Knowledge Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knowledge Topic</em>'.
	 * @see org.curriculum.model.KnowledgeTopic
	 * @generated
	 */
	EClass getKnowledgeTopic();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.KnowledgeTopic#getWeighting <em>Weighting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighting</em>'.
	 * @see org.curriculum.model.KnowledgeTopic#getWeighting()
	 * @see #getKnowledgeTopic()
	 * @generated
	 */
	EAttribute getKnowledgeTopic_Weighting();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.KnowledgeTopic#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.curriculum.model.KnowledgeTopic#getElements()
	 * @see #getKnowledgeTopic()
	 * @generated
	 */
	EReference getKnowledgeTopic_Elements();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.TopicElement <em>Topic Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topic Element</em>'.
	 * @see org.curriculum.model.TopicElement
	 * @generated
	 */
	EClass getTopicElement();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.PracticalSkillsModule <em>Practical Skills Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Practical Skills Module</em>'.
	 * @see org.curriculum.model.PracticalSkillsModule
	 * @generated
	 */
	EClass getPracticalSkillsModule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.PracticalSkillsModule#getSkills <em>Skills</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Skills</em>'.
	 * @see org.curriculum.model.PracticalSkillsModule#getSkills()
	 * @see #getPracticalSkillsModule()
	 * @generated
	 */
	EReference getPracticalSkillsModule_Skills();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.PracticalSkillsModule#getAssessmentCriteria <em>Assessment Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessment Criteria</em>'.
	 * @see org.curriculum.model.PracticalSkillsModule#getAssessmentCriteria()
	 * @see #getPracticalSkillsModule()
	 * @generated
	 */
	EReference getPracticalSkillsModule_AssessmentCriteria();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.PracticalSkill <em>Practical Skill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Practical Skill</em>'.
	 * @see org.curriculum.model.PracticalSkill
	 * @generated
	 */
	EClass getPracticalSkill();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.WorkExperienceModule <em>Work Experience Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Experience Module</em>'.
	 * @see org.curriculum.model.WorkExperienceModule
	 * @generated
	 */
	EClass getWorkExperienceModule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.WorkExperienceModule#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.curriculum.model.WorkExperienceModule#getActivities()
	 * @see #getWorkExperienceModule()
	 * @generated
	 */
	EReference getWorkExperienceModule_Activities();

	/**
	 * Returns the meta object for the attribute list '{@link org.curriculum.model.WorkExperienceModule#getSupportingEvidence <em>Supporting Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Supporting Evidence</em>'.
	 * @see org.curriculum.model.WorkExperienceModule#getSupportingEvidence()
	 * @see #getWorkExperienceModule()
	 * @generated
	 */
	EAttribute getWorkExperienceModule_SupportingEvidence();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.WorkActivity <em>Work Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Activity</em>'.
	 * @see org.curriculum.model.WorkActivity
	 * @generated
	 */
	EClass getWorkActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.WorkActivity#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.curriculum.model.WorkActivity#getMode()
	 * @see #getWorkActivity()
	 * @generated
	 */
	EAttribute getWorkActivity_Mode();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit</em>'.
	 * @see org.curriculum.model.Unit
	 * @generated
	 */
	EClass getUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Unit#getReferenceCode <em>Reference Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Code</em>'.
	 * @see org.curriculum.model.Unit#getReferenceCode()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_ReferenceCode();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Unit#getAim <em>Aim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aim</em>'.
	 * @see org.curriculum.model.Unit#getAim()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Aim();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Unit#getIntroduction <em>Introduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Introduction</em>'.
	 * @see org.curriculum.model.Unit#getIntroduction()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Introduction();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Unit#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see org.curriculum.model.Unit#getGuidance()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Guidance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Unit#getLearningOutcomes <em>Learning Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Learning Outcomes</em>'.
	 * @see org.curriculum.model.Unit#getLearningOutcomes()
	 * @see #getUnit()
	 * @generated
	 */
	EReference getUnit_LearningOutcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Unit#getGuidanceDocuments <em>Guidance Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Guidance Documents</em>'.
	 * @see org.curriculum.model.Unit#getGuidanceDocuments()
	 * @see #getUnit()
	 * @generated
	 */
	EReference getUnit_GuidanceDocuments();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.LearningOutcome <em>Learning Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learning Outcome</em>'.
	 * @see org.curriculum.model.LearningOutcome
	 * @generated
	 */
	EClass getLearningOutcome();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.LearningOutcome#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.curriculum.model.LearningOutcome#getContent()
	 * @see #getLearningOutcome()
	 * @generated
	 */
	EAttribute getLearningOutcome_Content();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.LearningOutcome#getAssessmentCriteria <em>Assessment Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessment Criteria</em>'.
	 * @see org.curriculum.model.LearningOutcome#getAssessmentCriteria()
	 * @see #getLearningOutcome()
	 * @generated
	 */
	EReference getLearningOutcome_AssessmentCriteria();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.AssessmentCriterion <em>Assessment Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment Criterion</em>'.
	 * @see org.curriculum.model.AssessmentCriterion
	 * @generated
	 */
	EClass getAssessmentCriterion();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.UnitOfCompetency <em>Unit Of Competency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit Of Competency</em>'.
	 * @see org.curriculum.model.UnitOfCompetency
	 * @generated
	 */
	EClass getUnitOfCompetency();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.UnitOfCompetency#getFunctionalArea <em>Functional Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Functional Area</em>'.
	 * @see org.curriculum.model.UnitOfCompetency#getFunctionalArea()
	 * @see #getUnitOfCompetency()
	 * @generated
	 */
	EAttribute getUnitOfCompetency_FunctionalArea();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.UnitOfCompetency#getRange <em>Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Range</em>'.
	 * @see org.curriculum.model.UnitOfCompetency#getRange()
	 * @see #getUnitOfCompetency()
	 * @generated
	 */
	EAttribute getUnitOfCompetency_Range();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.UnitOfCompetency#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see org.curriculum.model.UnitOfCompetency#getRemark()
	 * @see #getUnitOfCompetency()
	 * @generated
	 */
	EAttribute getUnitOfCompetency_Remark();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.UnitOfCompetency#getPerformanceRequirements <em>Performance Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Performance Requirements</em>'.
	 * @see org.curriculum.model.UnitOfCompetency#getPerformanceRequirements()
	 * @see #getUnitOfCompetency()
	 * @generated
	 */
	EReference getUnitOfCompetency_PerformanceRequirements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.UnitOfCompetency#getAssessmentCriteria <em>Assessment Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessment Criteria</em>'.
	 * @see org.curriculum.model.UnitOfCompetency#getAssessmentCriteria()
	 * @see #getUnitOfCompetency()
	 * @generated
	 */
	EReference getUnitOfCompetency_AssessmentCriteria();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.PerformanceRequirement <em>Performance Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Performance Requirement</em>'.
	 * @see org.curriculum.model.PerformanceRequirement
	 * @generated
	 */
	EClass getPerformanceRequirement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.PerformanceRequirement#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.curriculum.model.PerformanceRequirement#getItems()
	 * @see #getPerformanceRequirement()
	 * @generated
	 */
	EReference getPerformanceRequirement_Items();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.RequirementItem <em>Requirement Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Requirement Item</em>'.
	 * @see org.curriculum.model.RequirementItem
	 * @generated
	 */
	EClass getRequirementItem();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.GuidanceDocument <em>Guidance Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Guidance Document</em>'.
	 * @see org.curriculum.model.GuidanceDocument
	 * @generated
	 */
	EClass getGuidanceDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.GuidanceDocument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.curriculum.model.GuidanceDocument#getKind()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EAttribute getGuidanceDocument_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.GuidanceDocument#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.curriculum.model.GuidanceDocument#getSections()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EReference getGuidanceDocument_Sections();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.GuidanceSection <em>Guidance Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Guidance Section</em>'.
	 * @see org.curriculum.model.GuidanceSection
	 * @generated
	 */
	EClass getGuidanceSection();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.GuidanceSection#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.curriculum.model.GuidanceSection#getKind()
	 * @see #getGuidanceSection()
	 * @generated
	 */
	EAttribute getGuidanceSection_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.GuidanceSection#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see org.curriculum.model.GuidanceSection#getHeading()
	 * @see #getGuidanceSection()
	 * @generated
	 */
	EAttribute getGuidanceSection_Heading();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.GuidanceSection#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.curriculum.model.GuidanceSection#getText()
	 * @see #getGuidanceSection()
	 * @generated
	 */
	EAttribute getGuidanceSection_Text();

	/**
	 * Returns the meta object for the attribute list '{@link org.curriculum.model.GuidanceSection#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Points</em>'.
	 * @see org.curriculum.model.GuidanceSection#getPoints()
	 * @see #getGuidanceSection()
	 * @generated
	 */
	EAttribute getGuidanceSection_Points();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.Qualification <em>Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Qualification</em>'.
	 * @see org.curriculum.model.Qualification
	 * @generated
	 */
	EClass getQualification();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Qualification#getQualificationNumber <em>Qualification Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qualification Number</em>'.
	 * @see org.curriculum.model.Qualification#getQualificationNumber()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_QualificationNumber();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Qualification#getIdentifiers <em>Identifiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Identifiers</em>'.
	 * @see org.curriculum.model.Qualification#getIdentifiers()
	 * @see #getQualification()
	 * @generated
	 */
	EReference getQualification_Identifiers();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Qualification#getAwardingBody <em>Awarding Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Awarding Body</em>'.
	 * @see org.curriculum.model.Qualification#getAwardingBody()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_AwardingBody();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Qualification#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.curriculum.model.Qualification#getLevel()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Qualification#getTotalQualificationTime <em>Total Qualification Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Qualification Time</em>'.
	 * @see org.curriculum.model.Qualification#getTotalQualificationTime()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_TotalQualificationTime();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Qualification#getCreditValue <em>Credit Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Value</em>'.
	 * @see org.curriculum.model.Qualification#getCreditValue()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_CreditValue();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Qualification#getGuidedLearningHours <em>Guided Learning Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guided Learning Hours</em>'.
	 * @see org.curriculum.model.Qualification#getGuidedLearningHours()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_GuidedLearningHours();

	/**
	 * Returns the meta object for the containment reference '{@link org.curriculum.model.Qualification#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rules</em>'.
	 * @see org.curriculum.model.Qualification#getRules()
	 * @see #getQualification()
	 * @generated
	 */
	EReference getQualification_Rules();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.Qualification#validateCreditValue(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Credit Value</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Credit Value</em>' operation.
	 * @see org.curriculum.model.Qualification#validateCreditValue(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getQualification__ValidateCreditValue__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.PartQualification <em>Part Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Part Qualification</em>'.
	 * @see org.curriculum.model.PartQualification
	 * @generated
	 */
	EClass getPartQualification();

	/**
	 * Returns the meta object for the reference '{@link org.curriculum.model.PartQualification#getFullQualification <em>Full Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Full Qualification</em>'.
	 * @see org.curriculum.model.PartQualification#getFullQualification()
	 * @see #getPartQualification()
	 * @generated
	 */
	EReference getPartQualification_FullQualification();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.PartQualification#validateSubsetOfFullQualification(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Subset Of Full Qualification</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Subset Of Full Qualification</em>' operation.
	 * @see org.curriculum.model.PartQualification#validateSubsetOfFullQualification(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPartQualification__ValidateSubsetOfFullQualification__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.Identifier <em>Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifier</em>'.
	 * @see org.curriculum.model.Identifier
	 * @generated
	 */
	EClass getIdentifier();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Identifier#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme</em>'.
	 * @see org.curriculum.model.Identifier#getScheme()
	 * @see #getIdentifier()
	 * @generated
	 */
	EAttribute getIdentifier_Scheme();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Identifier#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.curriculum.model.Identifier#getValue()
	 * @see #getIdentifier()
	 * @generated
	 */
	EAttribute getIdentifier_Value();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.RulesOfCombination <em>Rules Of Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rules Of Combination</em>'.
	 * @see org.curriculum.model.RulesOfCombination
	 * @generated
	 */
	EClass getRulesOfCombination();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.RulesOfCombination#getTotalCredits <em>Total Credits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Credits</em>'.
	 * @see org.curriculum.model.RulesOfCombination#getTotalCredits()
	 * @see #getRulesOfCombination()
	 * @generated
	 */
	EAttribute getRulesOfCombination_TotalCredits();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.RulesOfCombination#isOnlyListedComponents <em>Only Listed Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Only Listed Components</em>'.
	 * @see org.curriculum.model.RulesOfCombination#isOnlyListedComponents()
	 * @see #getRulesOfCombination()
	 * @generated
	 */
	EAttribute getRulesOfCombination_OnlyListedComponents();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.RulesOfCombination#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.curriculum.model.RulesOfCombination#getNote()
	 * @see #getRulesOfCombination()
	 * @generated
	 */
	EAttribute getRulesOfCombination_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.RulesOfCombination#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.curriculum.model.RulesOfCombination#getGroups()
	 * @see #getRulesOfCombination()
	 * @generated
	 */
	EReference getRulesOfCombination_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.RulesOfCombination#getLevelMinimums <em>Level Minimums</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Level Minimums</em>'.
	 * @see org.curriculum.model.RulesOfCombination#getLevelMinimums()
	 * @see #getRulesOfCombination()
	 * @generated
	 */
	EReference getRulesOfCombination_LevelMinimums();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.RulesOfCombination#getBarredCombinations <em>Barred Combinations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Barred Combinations</em>'.
	 * @see org.curriculum.model.RulesOfCombination#getBarredCombinations()
	 * @see #getRulesOfCombination()
	 * @generated
	 */
	EReference getRulesOfCombination_BarredCombinations();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.RulesOfCombination#validateCreditsAchievable(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Credits Achievable</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Credits Achievable</em>' operation.
	 * @see org.curriculum.model.RulesOfCombination#validateCreditsAchievable(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRulesOfCombination__ValidateCreditsAchievable__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.ComponentGroup <em>Component Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Component Group</em>'.
	 * @see org.curriculum.model.ComponentGroup
	 * @generated
	 */
	EClass getComponentGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ComponentGroup#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.curriculum.model.ComponentGroup#getTitle()
	 * @see #getComponentGroup()
	 * @generated
	 */
	EAttribute getComponentGroup_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ComponentGroup#isMandatory <em>Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandatory</em>'.
	 * @see org.curriculum.model.ComponentGroup#isMandatory()
	 * @see #getComponentGroup()
	 * @generated
	 */
	EAttribute getComponentGroup_Mandatory();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ComponentGroup#getMinimumCredits <em>Minimum Credits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Credits</em>'.
	 * @see org.curriculum.model.ComponentGroup#getMinimumCredits()
	 * @see #getComponentGroup()
	 * @generated
	 */
	EAttribute getComponentGroup_MinimumCredits();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ComponentGroup#getMaximumCredits <em>Maximum Credits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Credits</em>'.
	 * @see org.curriculum.model.ComponentGroup#getMaximumCredits()
	 * @see #getComponentGroup()
	 * @generated
	 */
	EAttribute getComponentGroup_MaximumCredits();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ComponentGroup#getMinimumComponents <em>Minimum Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Components</em>'.
	 * @see org.curriculum.model.ComponentGroup#getMinimumComponents()
	 * @see #getComponentGroup()
	 * @generated
	 */
	EAttribute getComponentGroup_MinimumComponents();

	/**
	 * Returns the meta object for the reference list '{@link org.curriculum.model.ComponentGroup#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Components</em>'.
	 * @see org.curriculum.model.ComponentGroup#getComponents()
	 * @see #getComponentGroup()
	 * @generated
	 */
	EReference getComponentGroup_Components();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.ComponentGroup#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.curriculum.model.ComponentGroup#getEntries()
	 * @see #getComponentGroup()
	 * @generated
	 */
	EReference getComponentGroup_Entries();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.ComponentGroup#validatePrintedTable(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Printed Table</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Printed Table</em>' operation.
	 * @see org.curriculum.model.ComponentGroup#validatePrintedTable(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getComponentGroup__ValidatePrintedTable__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.LevelCreditRule <em>Level Credit Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level Credit Rule</em>'.
	 * @see org.curriculum.model.LevelCreditRule
	 * @generated
	 */
	EClass getLevelCreditRule();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.LevelCreditRule#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.curriculum.model.LevelCreditRule#getLevel()
	 * @see #getLevelCreditRule()
	 * @generated
	 */
	EAttribute getLevelCreditRule_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.LevelCreditRule#getMinimumCredits <em>Minimum Credits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Credits</em>'.
	 * @see org.curriculum.model.LevelCreditRule#getMinimumCredits()
	 * @see #getLevelCreditRule()
	 * @generated
	 */
	EAttribute getLevelCreditRule_MinimumCredits();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.LevelCreditRule#isAtOrAbove <em>At Or Above</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At Or Above</em>'.
	 * @see org.curriculum.model.LevelCreditRule#isAtOrAbove()
	 * @see #getLevelCreditRule()
	 * @generated
	 */
	EAttribute getLevelCreditRule_AtOrAbove();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.BarredCombination <em>Barred Combination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Barred Combination</em>'.
	 * @see org.curriculum.model.BarredCombination
	 * @generated
	 */
	EClass getBarredCombination();

	/**
	 * Returns the meta object for the reference list '{@link org.curriculum.model.BarredCombination#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Components</em>'.
	 * @see org.curriculum.model.BarredCombination#getComponents()
	 * @see #getBarredCombination()
	 * @generated
	 */
	EReference getBarredCombination_Components();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.BarredCombination#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.curriculum.model.BarredCombination#getReason()
	 * @see #getBarredCombination()
	 * @generated
	 */
	EAttribute getBarredCombination_Reason();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.BarredCombination#validateOnlyOptionalComponents(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Only Optional Components</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Only Optional Components</em>' operation.
	 * @see org.curriculum.model.BarredCombination#validateOnlyOptionalComponents(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getBarredCombination__ValidateOnlyOptionalComponents__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.StandardsFramework <em>Standards Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standards Framework</em>'.
	 * @see org.curriculum.model.StandardsFramework
	 * @generated
	 */
	EClass getStandardsFramework();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.StandardsFramework#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.curriculum.model.StandardsFramework#getSections()
	 * @see #getStandardsFramework()
	 * @generated
	 */
	EReference getStandardsFramework_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.StandardsFramework#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Standards</em>'.
	 * @see org.curriculum.model.StandardsFramework#getStandards()
	 * @see #getStandardsFramework()
	 * @generated
	 */
	EReference getStandardsFramework_Standards();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.StandardSection <em>Standard Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard Section</em>'.
	 * @see org.curriculum.model.StandardSection
	 * @generated
	 */
	EClass getStandardSection();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.StandardSection#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.curriculum.model.StandardSection#getSections()
	 * @see #getStandardSection()
	 * @generated
	 */
	EReference getStandardSection_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.StandardSection#getStandards <em>Standards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Standards</em>'.
	 * @see org.curriculum.model.StandardSection#getStandards()
	 * @see #getStandardSection()
	 * @generated
	 */
	EReference getStandardSection_Standards();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.Standard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard</em>'.
	 * @see org.curriculum.model.Standard
	 * @generated
	 */
	EClass getStandard();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Standard#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.curriculum.model.Standard#getLevel()
	 * @see #getStandard()
	 * @generated
	 */
	EAttribute getStandard_Level();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Standard#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.curriculum.model.Standard#getElements()
	 * @see #getStandard()
	 * @generated
	 */
	EReference getStandard_Elements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Standard#getPerformanceCriteria <em>Performance Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Performance Criteria</em>'.
	 * @see org.curriculum.model.Standard#getPerformanceCriteria()
	 * @see #getStandard()
	 * @generated
	 */
	EReference getStandard_PerformanceCriteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Standard#getKnowledgeItems <em>Knowledge Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Knowledge Items</em>'.
	 * @see org.curriculum.model.Standard#getKnowledgeItems()
	 * @see #getStandard()
	 * @generated
	 */
	EReference getStandard_KnowledgeItems();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.StandardElement <em>Standard Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard Element</em>'.
	 * @see org.curriculum.model.StandardElement
	 * @generated
	 */
	EClass getStandardElement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.StandardElement#getPerformanceCriteria <em>Performance Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Performance Criteria</em>'.
	 * @see org.curriculum.model.StandardElement#getPerformanceCriteria()
	 * @see #getStandardElement()
	 * @generated
	 */
	EReference getStandardElement_PerformanceCriteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.StandardElement#getKnowledgeItems <em>Knowledge Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Knowledge Items</em>'.
	 * @see org.curriculum.model.StandardElement#getKnowledgeItems()
	 * @see #getStandardElement()
	 * @generated
	 */
	EReference getStandardElement_KnowledgeItems();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.PerformanceCriterion <em>Performance Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Performance Criterion</em>'.
	 * @see org.curriculum.model.PerformanceCriterion
	 * @generated
	 */
	EClass getPerformanceCriterion();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.KnowledgeItem <em>Knowledge Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knowledge Item</em>'.
	 * @see org.curriculum.model.KnowledgeItem
	 * @generated
	 */
	EClass getKnowledgeItem();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.MappingSet <em>Mapping Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping Set</em>'.
	 * @see org.curriculum.model.MappingSet
	 * @generated
	 */
	EClass getMappingSet();

	/**
	 * Returns the meta object for the reference '{@link org.curriculum.model.MappingSet#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.curriculum.model.MappingSet#getSource()
	 * @see #getMappingSet()
	 * @generated
	 */
	EReference getMappingSet_Source();

	/**
	 * Returns the meta object for the reference '{@link org.curriculum.model.MappingSet#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.curriculum.model.MappingSet#getTarget()
	 * @see #getMappingSet()
	 * @generated
	 */
	EReference getMappingSet_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.MappingSet#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.curriculum.model.MappingSet#getKey()
	 * @see #getMappingSet()
	 * @generated
	 */
	EAttribute getMappingSet_Key();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.MappingSet#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.curriculum.model.MappingSet#getLinks()
	 * @see #getMappingSet()
	 * @generated
	 */
	EReference getMappingSet_Links();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.MappingSet#isApprovedPublication <em>Approved Publication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved Publication</em>'.
	 * @see org.curriculum.model.MappingSet#isApprovedPublication()
	 * @see #getMappingSet()
	 * @generated
	 */
	EAttribute getMappingSet_ApprovedPublication();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.MappingSet#getGapReviews <em>Gap Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gap Reviews</em>'.
	 * @see org.curriculum.model.MappingSet#getGapReviews()
	 * @see #getMappingSet()
	 * @generated
	 */
	EReference getMappingSet_GapReviews();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.MappingSet#validateFrameworks(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Frameworks</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Frameworks</em>' operation.
	 * @see org.curriculum.model.MappingSet#validateFrameworks(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMappingSet__ValidateFrameworks__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.MappingSet#validateNoDuplicateLinks(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate No Duplicate Links</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate No Duplicate Links</em>' operation.
	 * @see org.curriculum.model.MappingSet#validateNoDuplicateLinks(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMappingSet__ValidateNoDuplicateLinks__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.Reviewable <em>Reviewable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reviewable</em>'.
	 * @see org.curriculum.model.Reviewable
	 * @generated
	 */
	EClass getReviewable();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Reviewable#getReviewState <em>Review State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review State</em>'.
	 * @see org.curriculum.model.Reviewable#getReviewState()
	 * @see #getReviewable()
	 * @generated
	 */
	EAttribute getReviewable_ReviewState();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Reviewable#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.curriculum.model.Reviewable#getReviewer()
	 * @see #getReviewable()
	 * @generated
	 */
	EAttribute getReviewable_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.Reviewable#getReviewedOn <em>Reviewed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed On</em>'.
	 * @see org.curriculum.model.Reviewable#getReviewedOn()
	 * @see #getReviewable()
	 * @generated
	 */
	EAttribute getReviewable_ReviewedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.curriculum.model.Reviewable#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.curriculum.model.Reviewable#getComments()
	 * @see #getReviewable()
	 * @generated
	 */
	EReference getReviewable_Comments();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.Reviewable#effectiveReviewState() <em>Effective Review State</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Effective Review State</em>' operation.
	 * @see org.curriculum.model.Reviewable#effectiveReviewState()
	 * @generated
	 */
	EOperation getReviewable__EffectiveReviewState();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.Reviewable#validateReview(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Review</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Review</em>' operation.
	 * @see org.curriculum.model.Reviewable#validateReview(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getReviewable__ValidateReview__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Comment</em>'.
	 * @see org.curriculum.model.ReviewComment
	 * @generated
	 */
	EClass getReviewComment();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ReviewComment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.curriculum.model.ReviewComment#getAuthor()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ReviewComment#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.curriculum.model.ReviewComment#getDate()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.ReviewComment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.curriculum.model.ReviewComment#getText()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Text();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.GapReview <em>Gap Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gap Review</em>'.
	 * @see org.curriculum.model.GapReview
	 * @generated
	 */
	EClass getGapReview();

	/**
	 * Returns the meta object for the reference '{@link org.curriculum.model.GapReview#getStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Standard</em>'.
	 * @see org.curriculum.model.GapReview#getStandard()
	 * @see #getGapReview()
	 * @generated
	 */
	EReference getGapReview_Standard();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.GapReview#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see org.curriculum.model.GapReview#getJustification()
	 * @see #getGapReview()
	 * @generated
	 */
	EAttribute getGapReview_Justification();

	/**
	 * Returns the meta object for class '{@link org.curriculum.model.MappingLink <em>Mapping Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping Link</em>'.
	 * @see org.curriculum.model.MappingLink
	 * @generated
	 */
	EClass getMappingLink();

	/**
	 * Returns the meta object for the reference '{@link org.curriculum.model.MappingLink#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.curriculum.model.MappingLink#getItem()
	 * @see #getMappingLink()
	 * @generated
	 */
	EReference getMappingLink_Item();

	/**
	 * Returns the meta object for the reference '{@link org.curriculum.model.MappingLink#getStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Standard</em>'.
	 * @see org.curriculum.model.MappingLink#getStandard()
	 * @see #getMappingLink()
	 * @generated
	 */
	EReference getMappingLink_Standard();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.MappingLink#getCoverage <em>Coverage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coverage</em>'.
	 * @see org.curriculum.model.MappingLink#getCoverage()
	 * @see #getMappingLink()
	 * @generated
	 */
	EAttribute getMappingLink_Coverage();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.MappingLink#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.curriculum.model.MappingLink#getRationale()
	 * @see #getMappingLink()
	 * @generated
	 */
	EAttribute getMappingLink_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.MappingLink#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.curriculum.model.MappingLink#getAuthor()
	 * @see #getMappingLink()
	 * @generated
	 */
	EAttribute getMappingLink_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.curriculum.model.MappingLink#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.curriculum.model.MappingLink#getDate()
	 * @see #getMappingLink()
	 * @generated
	 */
	EAttribute getMappingLink_Date();

	/**
	 * Returns the meta object for the '{@link org.curriculum.model.MappingLink#validateWithinFrameworks(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validate Within Frameworks</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validate Within Frameworks</em>' operation.
	 * @see org.curriculum.model.MappingLink#validateWithinFrameworks(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMappingLink__ValidateWithinFrameworks__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link org.curriculum.model.PublicationStatus <em>Publication Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Publication Status</em>'.
	 * @see org.curriculum.model.PublicationStatus
	 * @generated
	 */
	EEnum getPublicationStatus();

	/**
	 * Returns the meta object for enum '{@link org.curriculum.model.ComponentKind <em>Component Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Component Kind</em>'.
	 * @see org.curriculum.model.ComponentKind
	 * @generated
	 */
	EEnum getComponentKind();

	/**
	 * Returns the meta object for enum '{@link org.curriculum.model.WorkActivityMode <em>Work Activity Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Activity Mode</em>'.
	 * @see org.curriculum.model.WorkActivityMode
	 * @generated
	 */
	EEnum getWorkActivityMode();

	/**
	 * Returns the meta object for enum '{@link org.curriculum.model.GuidanceKind <em>Guidance Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guidance Kind</em>'.
	 * @see org.curriculum.model.GuidanceKind
	 * @generated
	 */
	EEnum getGuidanceKind();

	/**
	 * Returns the meta object for enum '{@link org.curriculum.model.GuidanceSectionKind <em>Guidance Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guidance Section Kind</em>'.
	 * @see org.curriculum.model.GuidanceSectionKind
	 * @generated
	 */
	EEnum getGuidanceSectionKind();

	/**
	 * Returns the meta object for enum '{@link org.curriculum.model.ReviewState <em>Review State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review State</em>'.
	 * @see org.curriculum.model.ReviewState
	 * @generated
	 */
	EEnum getReviewState();

	/**
	 * Returns the meta object for enum '{@link org.curriculum.model.CoverageLevel <em>Coverage Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Coverage Level</em>'.
	 * @see org.curriculum.model.CoverageLevel
	 * @generated
	 */
	EEnum getCoverageLevel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CurriculumFactory getCurriculumFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.NamedElementImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__CODE = eINSTANCE.getNamedElement_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__TITLE = eINSTANCE.getNamedElement_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NAMED_ELEMENT__PROPERTIES = eINSTANCE.getNamedElement_Properties();

		/**
		 * The meta object literal for the '<em><b>Validate Unique Identifiers</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NAMED_ELEMENT___VALIDATE_UNIQUE_IDENTIFIERS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getNamedElement__ValidateUniqueIdentifiers__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.PropertyImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.MappableItemImpl <em>Mappable Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.MappableItemImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getMappableItem()
		 * @generated
		 */
		EClass MAPPABLE_ITEM = eINSTANCE.getMappableItem();

		/**
		 * The meta object literal for the '<em><b>Validate Required Fields</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAPPABLE_ITEM___VALIDATE_REQUIRED_FIELDS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMappableItem__ValidateRequiredFields__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.FrameworkImpl <em>Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.FrameworkImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getFramework()
		 * @generated
		 */
		EClass FRAMEWORK = eINSTANCE.getFramework();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__VERSION = eINSTANCE.getFramework_Version();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__STATUS = eINSTANCE.getFramework_Status();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__PUBLISHER = eINSTANCE.getFramework_Publisher();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__PUBLISHED = eINSTANCE.getFramework_Published();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.CurriculumImpl <em>Curriculum</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.CurriculumImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getCurriculum()
		 * @generated
		 */
		EClass CURRICULUM = eINSTANCE.getCurriculum();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURRICULUM__PROFILE = eINSTANCE.getCurriculum_Profile();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURRICULUM__COMPONENTS = eINSTANCE.getCurriculum_Components();

		/**
		 * The meta object literal for the '<em><b>Qualifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURRICULUM__QUALIFICATIONS = eINSTANCE.getCurriculum_Qualifications();

		/**
		 * The meta object literal for the '<em><b>Guidance Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURRICULUM__GUIDANCE_DOCUMENTS = eINSTANCE.getCurriculum_GuidanceDocuments();

		/**
		 * The meta object literal for the '<em><b>Listings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURRICULUM__LISTINGS = eINSTANCE.getCurriculum_Listings();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.DocumentListingImpl <em>Document Listing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.DocumentListingImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getDocumentListing()
		 * @generated
		 */
		EClass DOCUMENT_LISTING = eINSTANCE.getDocumentListing();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_LISTING__TITLE = eINSTANCE.getDocumentListing_Title();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_LISTING__ENTRIES = eINSTANCE.getDocumentListing_Entries();

		/**
		 * The meta object literal for the '<em><b>Validate Entries Match Components</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation DOCUMENT_LISTING___VALIDATE_ENTRIES_MATCH_COMPONENTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getDocumentListing__ValidateEntriesMatchComponents__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.ListingEntryImpl <em>Listing Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.ListingEntryImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getListingEntry()
		 * @generated
		 */
		EClass LISTING_ENTRY = eINSTANCE.getListingEntry();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING_ENTRY__KIND = eINSTANCE.getListingEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING_ENTRY__NUMBER = eINSTANCE.getListingEntry_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING_ENTRY__TITLE = eINSTANCE.getListingEntry_Title();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.OccupationalProfileImpl <em>Occupational Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.OccupationalProfileImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getOccupationalProfile()
		 * @generated
		 */
		EClass OCCUPATIONAL_PROFILE = eINSTANCE.getOccupationalProfile();

		/**
		 * The meta object literal for the '<em><b>Ofo Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_PROFILE__OFO_CODE = eINSTANCE.getOccupationalProfile_OfoCode();

		/**
		 * The meta object literal for the '<em><b>Occupation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_PROFILE__OCCUPATION = eINSTANCE.getOccupationalProfile_Occupation();

		/**
		 * The meta object literal for the '<em><b>Related Occupations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_PROFILE__RELATED_OCCUPATIONS = eINSTANCE.getOccupationalProfile_RelatedOccupations();

		/**
		 * The meta object literal for the '<em><b>Specialisations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_PROFILE__SPECIALISATIONS = eINSTANCE.getOccupationalProfile_Specialisations();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_PROFILE__PURPOSE = eINSTANCE.getOccupationalProfile_Purpose();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_PROFILE__SCOPE = eINSTANCE.getOccupationalProfile_Scope();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OCCUPATIONAL_PROFILE__TASKS = eINSTANCE.getOccupationalProfile_Tasks();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.OccupationalTaskImpl <em>Occupational Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.OccupationalTaskImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getOccupationalTask()
		 * @generated
		 */
		EClass OCCUPATIONAL_TASK = eINSTANCE.getOccupationalTask();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_TASK__NUMBER = eINSTANCE.getOccupationalTask_Number();

		/**
		 * The meta object literal for the '<em><b>Product Or Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_TASK__PRODUCT_OR_SERVICE = eINSTANCE.getOccupationalTask_ProductOrService();

		/**
		 * The meta object literal for the '<em><b>Responsibilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OCCUPATIONAL_TASK__RESPONSIBILITIES = eINSTANCE.getOccupationalTask_Responsibilities();

		/**
		 * The meta object literal for the '<em><b>Contexts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OCCUPATIONAL_TASK__CONTEXTS = eINSTANCE.getOccupationalTask_Contexts();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.OccupationalResponsibilityImpl <em>Occupational Responsibility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.OccupationalResponsibilityImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getOccupationalResponsibility()
		 * @generated
		 */
		EClass OCCUPATIONAL_RESPONSIBILITY = eINSTANCE.getOccupationalResponsibility();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_RESPONSIBILITY__NUMBER = eINSTANCE.getOccupationalResponsibility_Number();

		/**
		 * The meta object literal for the '<em><b>Practical Skills Modules</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES = eINSTANCE.getOccupationalResponsibility_PracticalSkillsModules();

		/**
		 * The meta object literal for the '<em><b>Validate Has Practical Skills Module</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OCCUPATIONAL_RESPONSIBILITY___VALIDATE_HAS_PRACTICAL_SKILLS_MODULE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOccupationalResponsibility__ValidateHasPracticalSkillsModule__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.OccupationalContextImpl <em>Occupational Context</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.OccupationalContextImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getOccupationalContext()
		 * @generated
		 */
		EClass OCCUPATIONAL_CONTEXT = eINSTANCE.getOccupationalContext();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_CONTEXT__NUMBER = eINSTANCE.getOccupationalContext_Number();

		/**
		 * The meta object literal for the '<em><b>Role Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_CONTEXT__ROLE_LEVEL = eINSTANCE.getOccupationalContext_RoleLevel();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OCCUPATIONAL_CONTEXT__ROLE = eINSTANCE.getOccupationalContext_Role();

		/**
		 * The meta object literal for the '<em><b>Work Experience Modules</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES = eINSTANCE.getOccupationalContext_WorkExperienceModules();

		/**
		 * The meta object literal for the '<em><b>Validate Has Work Experience Module</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OCCUPATIONAL_CONTEXT___VALIDATE_HAS_WORK_EXPERIENCE_MODULE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOccupationalContext__ValidateHasWorkExperienceModule__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.CurriculumComponentImpl <em>Component</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.CurriculumComponentImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getCurriculumComponent()
		 * @generated
		 */
		EClass CURRICULUM_COMPONENT = eINSTANCE.getCurriculumComponent();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM_COMPONENT__NUMBER = eINSTANCE.getCurriculumComponent_Number();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM_COMPONENT__LEVEL = eINSTANCE.getCurriculumComponent_Level();

		/**
		 * The meta object literal for the '<em><b>Credits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM_COMPONENT__CREDITS = eINSTANCE.getCurriculumComponent_Credits();

		/**
		 * The meta object literal for the '<em><b>Notional Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM_COMPONENT__NOTIONAL_HOURS = eINSTANCE.getCurriculumComponent_NotionalHours();

		/**
		 * The meta object literal for the '<em><b>Guided Learning Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS = eINSTANCE.getCurriculumComponent_GuidedLearningHours();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRICULUM_COMPONENT__PURPOSE = eINSTANCE.getCurriculumComponent_Purpose();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CURRICULUM_COMPONENT__TASKS = eINSTANCE.getCurriculumComponent_Tasks();

		/**
		 * The meta object literal for the '<em><b>Validate Traceability</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCurriculumComponent__ValidateTraceability__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Validate Credits Match Notional Hours</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCurriculumComponent__ValidateCreditsMatchNotionalHours__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.KnowledgeModuleImpl <em>Knowledge Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.KnowledgeModuleImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getKnowledgeModule()
		 * @generated
		 */
		EClass KNOWLEDGE_MODULE = eINSTANCE.getKnowledgeModule();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_MODULE__TOPICS = eINSTANCE.getKnowledgeModule_Topics();

		/**
		 * The meta object literal for the '<em><b>Validate Topic Weightings</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation KNOWLEDGE_MODULE___VALIDATE_TOPIC_WEIGHTINGS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getKnowledgeModule__ValidateTopicWeightings__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.KnowledgeTopicImpl <em>Knowledge Topic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.KnowledgeTopicImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getKnowledgeTopic()
		 * @generated
		 */
		EClass KNOWLEDGE_TOPIC = eINSTANCE.getKnowledgeTopic();

		/**
		 * The meta object literal for the '<em><b>Weighting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_TOPIC__WEIGHTING = eINSTANCE.getKnowledgeTopic_Weighting();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_TOPIC__ELEMENTS = eINSTANCE.getKnowledgeTopic_Elements();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.TopicElementImpl <em>Topic Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.TopicElementImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getTopicElement()
		 * @generated
		 */
		EClass TOPIC_ELEMENT = eINSTANCE.getTopicElement();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.PracticalSkillsModuleImpl <em>Practical Skills Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.PracticalSkillsModuleImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPracticalSkillsModule()
		 * @generated
		 */
		EClass PRACTICAL_SKILLS_MODULE = eINSTANCE.getPracticalSkillsModule();

		/**
		 * The meta object literal for the '<em><b>Skills</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICAL_SKILLS_MODULE__SKILLS = eINSTANCE.getPracticalSkillsModule_Skills();

		/**
		 * The meta object literal for the '<em><b>Assessment Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICAL_SKILLS_MODULE__ASSESSMENT_CRITERIA = eINSTANCE.getPracticalSkillsModule_AssessmentCriteria();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.PracticalSkillImpl <em>Practical Skill</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.PracticalSkillImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPracticalSkill()
		 * @generated
		 */
		EClass PRACTICAL_SKILL = eINSTANCE.getPracticalSkill();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.WorkExperienceModuleImpl <em>Work Experience Module</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.WorkExperienceModuleImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getWorkExperienceModule()
		 * @generated
		 */
		EClass WORK_EXPERIENCE_MODULE = eINSTANCE.getWorkExperienceModule();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_EXPERIENCE_MODULE__ACTIVITIES = eINSTANCE.getWorkExperienceModule_Activities();

		/**
		 * The meta object literal for the '<em><b>Supporting Evidence</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_EXPERIENCE_MODULE__SUPPORTING_EVIDENCE = eINSTANCE.getWorkExperienceModule_SupportingEvidence();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.WorkActivityImpl <em>Work Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.WorkActivityImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getWorkActivity()
		 * @generated
		 */
		EClass WORK_ACTIVITY = eINSTANCE.getWorkActivity();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ACTIVITY__MODE = eINSTANCE.getWorkActivity_Mode();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.UnitImpl <em>Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.UnitImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getUnit()
		 * @generated
		 */
		EClass UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '<em><b>Reference Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__REFERENCE_CODE = eINSTANCE.getUnit_ReferenceCode();

		/**
		 * The meta object literal for the '<em><b>Aim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__AIM = eINSTANCE.getUnit_Aim();

		/**
		 * The meta object literal for the '<em><b>Introduction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__INTRODUCTION = eINSTANCE.getUnit_Introduction();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__GUIDANCE = eINSTANCE.getUnit_Guidance();

		/**
		 * The meta object literal for the '<em><b>Learning Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT__LEARNING_OUTCOMES = eINSTANCE.getUnit_LearningOutcomes();

		/**
		 * The meta object literal for the '<em><b>Guidance Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT__GUIDANCE_DOCUMENTS = eINSTANCE.getUnit_GuidanceDocuments();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.LearningOutcomeImpl <em>Learning Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.LearningOutcomeImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getLearningOutcome()
		 * @generated
		 */
		EClass LEARNING_OUTCOME = eINSTANCE.getLearningOutcome();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_OUTCOME__CONTENT = eINSTANCE.getLearningOutcome_Content();

		/**
		 * The meta object literal for the '<em><b>Assessment Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEARNING_OUTCOME__ASSESSMENT_CRITERIA = eINSTANCE.getLearningOutcome_AssessmentCriteria();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.AssessmentCriterionImpl <em>Assessment Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.AssessmentCriterionImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getAssessmentCriterion()
		 * @generated
		 */
		EClass ASSESSMENT_CRITERION = eINSTANCE.getAssessmentCriterion();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.UnitOfCompetencyImpl <em>Unit Of Competency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.UnitOfCompetencyImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getUnitOfCompetency()
		 * @generated
		 */
		EClass UNIT_OF_COMPETENCY = eINSTANCE.getUnitOfCompetency();

		/**
		 * The meta object literal for the '<em><b>Functional Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OF_COMPETENCY__FUNCTIONAL_AREA = eINSTANCE.getUnitOfCompetency_FunctionalArea();

		/**
		 * The meta object literal for the '<em><b>Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OF_COMPETENCY__RANGE = eINSTANCE.getUnitOfCompetency_Range();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT_OF_COMPETENCY__REMARK = eINSTANCE.getUnitOfCompetency_Remark();

		/**
		 * The meta object literal for the '<em><b>Performance Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT_OF_COMPETENCY__PERFORMANCE_REQUIREMENTS = eINSTANCE.getUnitOfCompetency_PerformanceRequirements();

		/**
		 * The meta object literal for the '<em><b>Assessment Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT_OF_COMPETENCY__ASSESSMENT_CRITERIA = eINSTANCE.getUnitOfCompetency_AssessmentCriteria();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.PerformanceRequirementImpl <em>Performance Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.PerformanceRequirementImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPerformanceRequirement()
		 * @generated
		 */
		EClass PERFORMANCE_REQUIREMENT = eINSTANCE.getPerformanceRequirement();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_REQUIREMENT__ITEMS = eINSTANCE.getPerformanceRequirement_Items();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.RequirementItemImpl <em>Requirement Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.RequirementItemImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getRequirementItem()
		 * @generated
		 */
		EClass REQUIREMENT_ITEM = eINSTANCE.getRequirementItem();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.GuidanceDocumentImpl <em>Guidance Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.GuidanceDocumentImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGuidanceDocument()
		 * @generated
		 */
		EClass GUIDANCE_DOCUMENT = eINSTANCE.getGuidanceDocument();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_DOCUMENT__KIND = eINSTANCE.getGuidanceDocument_Kind();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_DOCUMENT__SECTIONS = eINSTANCE.getGuidanceDocument_Sections();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.GuidanceSectionImpl <em>Guidance Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.GuidanceSectionImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGuidanceSection()
		 * @generated
		 */
		EClass GUIDANCE_SECTION = eINSTANCE.getGuidanceSection();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_SECTION__KIND = eINSTANCE.getGuidanceSection_Kind();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_SECTION__HEADING = eINSTANCE.getGuidanceSection_Heading();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_SECTION__TEXT = eINSTANCE.getGuidanceSection_Text();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_SECTION__POINTS = eINSTANCE.getGuidanceSection_Points();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.QualificationImpl <em>Qualification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.QualificationImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getQualification()
		 * @generated
		 */
		EClass QUALIFICATION = eINSTANCE.getQualification();

		/**
		 * The meta object literal for the '<em><b>Qualification Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__QUALIFICATION_NUMBER = eINSTANCE.getQualification_QualificationNumber();

		/**
		 * The meta object literal for the '<em><b>Identifiers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUALIFICATION__IDENTIFIERS = eINSTANCE.getQualification_Identifiers();

		/**
		 * The meta object literal for the '<em><b>Awarding Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__AWARDING_BODY = eINSTANCE.getQualification_AwardingBody();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__LEVEL = eINSTANCE.getQualification_Level();

		/**
		 * The meta object literal for the '<em><b>Total Qualification Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__TOTAL_QUALIFICATION_TIME = eINSTANCE.getQualification_TotalQualificationTime();

		/**
		 * The meta object literal for the '<em><b>Credit Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__CREDIT_VALUE = eINSTANCE.getQualification_CreditValue();

		/**
		 * The meta object literal for the '<em><b>Guided Learning Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__GUIDED_LEARNING_HOURS = eINSTANCE.getQualification_GuidedLearningHours();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUALIFICATION__RULES = eINSTANCE.getQualification_Rules();

		/**
		 * The meta object literal for the '<em><b>Validate Credit Value</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUALIFICATION___VALIDATE_CREDIT_VALUE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getQualification__ValidateCreditValue__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.PartQualificationImpl <em>Part Qualification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.PartQualificationImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPartQualification()
		 * @generated
		 */
		EClass PART_QUALIFICATION = eINSTANCE.getPartQualification();

		/**
		 * The meta object literal for the '<em><b>Full Qualification</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PART_QUALIFICATION__FULL_QUALIFICATION = eINSTANCE.getPartQualification_FullQualification();

		/**
		 * The meta object literal for the '<em><b>Validate Subset Of Full Qualification</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PART_QUALIFICATION___VALIDATE_SUBSET_OF_FULL_QUALIFICATION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPartQualification__ValidateSubsetOfFullQualification__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.IdentifierImpl <em>Identifier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.IdentifierImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getIdentifier()
		 * @generated
		 */
		EClass IDENTIFIER = eINSTANCE.getIdentifier();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIER__SCHEME = eINSTANCE.getIdentifier_Scheme();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIER__VALUE = eINSTANCE.getIdentifier_Value();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.RulesOfCombinationImpl <em>Rules Of Combination</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.RulesOfCombinationImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getRulesOfCombination()
		 * @generated
		 */
		EClass RULES_OF_COMBINATION = eINSTANCE.getRulesOfCombination();

		/**
		 * The meta object literal for the '<em><b>Total Credits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_COMBINATION__TOTAL_CREDITS = eINSTANCE.getRulesOfCombination_TotalCredits();

		/**
		 * The meta object literal for the '<em><b>Only Listed Components</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_COMBINATION__ONLY_LISTED_COMPONENTS = eINSTANCE.getRulesOfCombination_OnlyListedComponents();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULES_OF_COMBINATION__NOTE = eINSTANCE.getRulesOfCombination_Note();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULES_OF_COMBINATION__GROUPS = eINSTANCE.getRulesOfCombination_Groups();

		/**
		 * The meta object literal for the '<em><b>Level Minimums</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULES_OF_COMBINATION__LEVEL_MINIMUMS = eINSTANCE.getRulesOfCombination_LevelMinimums();

		/**
		 * The meta object literal for the '<em><b>Barred Combinations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULES_OF_COMBINATION__BARRED_COMBINATIONS = eINSTANCE.getRulesOfCombination_BarredCombinations();

		/**
		 * The meta object literal for the '<em><b>Validate Credits Achievable</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RULES_OF_COMBINATION___VALIDATE_CREDITS_ACHIEVABLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRulesOfCombination__ValidateCreditsAchievable__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.ComponentGroupImpl <em>Component Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.ComponentGroupImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getComponentGroup()
		 * @generated
		 */
		EClass COMPONENT_GROUP = eINSTANCE.getComponentGroup();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_GROUP__TITLE = eINSTANCE.getComponentGroup_Title();

		/**
		 * The meta object literal for the '<em><b>Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_GROUP__MANDATORY = eINSTANCE.getComponentGroup_Mandatory();

		/**
		 * The meta object literal for the '<em><b>Minimum Credits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_GROUP__MINIMUM_CREDITS = eINSTANCE.getComponentGroup_MinimumCredits();

		/**
		 * The meta object literal for the '<em><b>Maximum Credits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_GROUP__MAXIMUM_CREDITS = eINSTANCE.getComponentGroup_MaximumCredits();

		/**
		 * The meta object literal for the '<em><b>Minimum Components</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPONENT_GROUP__MINIMUM_COMPONENTS = eINSTANCE.getComponentGroup_MinimumComponents();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_GROUP__COMPONENTS = eINSTANCE.getComponentGroup_Components();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPONENT_GROUP__ENTRIES = eINSTANCE.getComponentGroup_Entries();

		/**
		 * The meta object literal for the '<em><b>Validate Printed Table</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation COMPONENT_GROUP___VALIDATE_PRINTED_TABLE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getComponentGroup__ValidatePrintedTable__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.LevelCreditRuleImpl <em>Level Credit Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.LevelCreditRuleImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getLevelCreditRule()
		 * @generated
		 */
		EClass LEVEL_CREDIT_RULE = eINSTANCE.getLevelCreditRule();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_CREDIT_RULE__LEVEL = eINSTANCE.getLevelCreditRule_Level();

		/**
		 * The meta object literal for the '<em><b>Minimum Credits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_CREDIT_RULE__MINIMUM_CREDITS = eINSTANCE.getLevelCreditRule_MinimumCredits();

		/**
		 * The meta object literal for the '<em><b>At Or Above</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_CREDIT_RULE__AT_OR_ABOVE = eINSTANCE.getLevelCreditRule_AtOrAbove();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.BarredCombinationImpl <em>Barred Combination</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.BarredCombinationImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getBarredCombination()
		 * @generated
		 */
		EClass BARRED_COMBINATION = eINSTANCE.getBarredCombination();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BARRED_COMBINATION__COMPONENTS = eINSTANCE.getBarredCombination_Components();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BARRED_COMBINATION__REASON = eINSTANCE.getBarredCombination_Reason();

		/**
		 * The meta object literal for the '<em><b>Validate Only Optional Components</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BARRED_COMBINATION___VALIDATE_ONLY_OPTIONAL_COMPONENTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getBarredCombination__ValidateOnlyOptionalComponents__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.StandardsFrameworkImpl <em>Standards Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.StandardsFrameworkImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getStandardsFramework()
		 * @generated
		 */
		EClass STANDARDS_FRAMEWORK = eINSTANCE.getStandardsFramework();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARDS_FRAMEWORK__SECTIONS = eINSTANCE.getStandardsFramework_Sections();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARDS_FRAMEWORK__STANDARDS = eINSTANCE.getStandardsFramework_Standards();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.StandardSectionImpl <em>Standard Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.StandardSectionImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getStandardSection()
		 * @generated
		 */
		EClass STANDARD_SECTION = eINSTANCE.getStandardSection();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_SECTION__SECTIONS = eINSTANCE.getStandardSection_Sections();

		/**
		 * The meta object literal for the '<em><b>Standards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_SECTION__STANDARDS = eINSTANCE.getStandardSection_Standards();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.StandardImpl <em>Standard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.StandardImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getStandard()
		 * @generated
		 */
		EClass STANDARD = eINSTANCE.getStandard();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD__LEVEL = eINSTANCE.getStandard_Level();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD__ELEMENTS = eINSTANCE.getStandard_Elements();

		/**
		 * The meta object literal for the '<em><b>Performance Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD__PERFORMANCE_CRITERIA = eINSTANCE.getStandard_PerformanceCriteria();

		/**
		 * The meta object literal for the '<em><b>Knowledge Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD__KNOWLEDGE_ITEMS = eINSTANCE.getStandard_KnowledgeItems();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.StandardElementImpl <em>Standard Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.StandardElementImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getStandardElement()
		 * @generated
		 */
		EClass STANDARD_ELEMENT = eINSTANCE.getStandardElement();

		/**
		 * The meta object literal for the '<em><b>Performance Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_ELEMENT__PERFORMANCE_CRITERIA = eINSTANCE.getStandardElement_PerformanceCriteria();

		/**
		 * The meta object literal for the '<em><b>Knowledge Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STANDARD_ELEMENT__KNOWLEDGE_ITEMS = eINSTANCE.getStandardElement_KnowledgeItems();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.PerformanceCriterionImpl <em>Performance Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.PerformanceCriterionImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPerformanceCriterion()
		 * @generated
		 */
		EClass PERFORMANCE_CRITERION = eINSTANCE.getPerformanceCriterion();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.KnowledgeItemImpl <em>Knowledge Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.KnowledgeItemImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getKnowledgeItem()
		 * @generated
		 */
		EClass KNOWLEDGE_ITEM = eINSTANCE.getKnowledgeItem();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.MappingSetImpl <em>Mapping Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.MappingSetImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getMappingSet()
		 * @generated
		 */
		EClass MAPPING_SET = eINSTANCE.getMappingSet();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING_SET__SOURCE = eINSTANCE.getMappingSet_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING_SET__TARGET = eINSTANCE.getMappingSet_Target();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING_SET__KEY = eINSTANCE.getMappingSet_Key();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING_SET__LINKS = eINSTANCE.getMappingSet_Links();

		/**
		 * The meta object literal for the '<em><b>Approved Publication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING_SET__APPROVED_PUBLICATION = eINSTANCE.getMappingSet_ApprovedPublication();

		/**
		 * The meta object literal for the '<em><b>Gap Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING_SET__GAP_REVIEWS = eINSTANCE.getMappingSet_GapReviews();

		/**
		 * The meta object literal for the '<em><b>Validate Frameworks</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAPPING_SET___VALIDATE_FRAMEWORKS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMappingSet__ValidateFrameworks__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Validate No Duplicate Links</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAPPING_SET___VALIDATE_NO_DUPLICATE_LINKS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMappingSet__ValidateNoDuplicateLinks__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.ReviewableImpl <em>Reviewable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.ReviewableImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getReviewable()
		 * @generated
		 */
		EClass REVIEWABLE = eINSTANCE.getReviewable();

		/**
		 * The meta object literal for the '<em><b>Review State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWABLE__REVIEW_STATE = eINSTANCE.getReviewable_ReviewState();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWABLE__REVIEWER = eINSTANCE.getReviewable_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWABLE__REVIEWED_ON = eINSTANCE.getReviewable_ReviewedOn();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEWABLE__COMMENTS = eINSTANCE.getReviewable_Comments();

		/**
		 * The meta object literal for the '<em><b>Effective Review State</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REVIEWABLE___EFFECTIVE_REVIEW_STATE = eINSTANCE.getReviewable__EffectiveReviewState();

		/**
		 * The meta object literal for the '<em><b>Validate Review</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REVIEWABLE___VALIDATE_REVIEW__DIAGNOSTICCHAIN_MAP = eINSTANCE.getReviewable__ValidateReview__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.ReviewCommentImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getReviewComment()
		 * @generated
		 */
		EClass REVIEW_COMMENT = eINSTANCE.getReviewComment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__AUTHOR = eINSTANCE.getReviewComment_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__DATE = eINSTANCE.getReviewComment_Date();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__TEXT = eINSTANCE.getReviewComment_Text();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.GapReviewImpl <em>Gap Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.GapReviewImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGapReview()
		 * @generated
		 */
		EClass GAP_REVIEW = eINSTANCE.getGapReview();

		/**
		 * The meta object literal for the '<em><b>Standard</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GAP_REVIEW__STANDARD = eINSTANCE.getGapReview_Standard();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GAP_REVIEW__JUSTIFICATION = eINSTANCE.getGapReview_Justification();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.impl.MappingLinkImpl <em>Mapping Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.impl.MappingLinkImpl
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getMappingLink()
		 * @generated
		 */
		EClass MAPPING_LINK = eINSTANCE.getMappingLink();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING_LINK__ITEM = eINSTANCE.getMappingLink_Item();

		/**
		 * The meta object literal for the '<em><b>Standard</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAPPING_LINK__STANDARD = eINSTANCE.getMappingLink_Standard();

		/**
		 * The meta object literal for the '<em><b>Coverage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING_LINK__COVERAGE = eINSTANCE.getMappingLink_Coverage();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING_LINK__RATIONALE = eINSTANCE.getMappingLink_Rationale();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING_LINK__AUTHOR = eINSTANCE.getMappingLink_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAPPING_LINK__DATE = eINSTANCE.getMappingLink_Date();

		/**
		 * The meta object literal for the '<em><b>Validate Within Frameworks</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MAPPING_LINK___VALIDATE_WITHIN_FRAMEWORKS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMappingLink__ValidateWithinFrameworks__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.PublicationStatus <em>Publication Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.PublicationStatus
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getPublicationStatus()
		 * @generated
		 */
		EEnum PUBLICATION_STATUS = eINSTANCE.getPublicationStatus();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.ComponentKind <em>Component Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.ComponentKind
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getComponentKind()
		 * @generated
		 */
		EEnum COMPONENT_KIND = eINSTANCE.getComponentKind();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.WorkActivityMode <em>Work Activity Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.WorkActivityMode
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getWorkActivityMode()
		 * @generated
		 */
		EEnum WORK_ACTIVITY_MODE = eINSTANCE.getWorkActivityMode();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.GuidanceKind <em>Guidance Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.GuidanceKind
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGuidanceKind()
		 * @generated
		 */
		EEnum GUIDANCE_KIND = eINSTANCE.getGuidanceKind();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.GuidanceSectionKind <em>Guidance Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.GuidanceSectionKind
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getGuidanceSectionKind()
		 * @generated
		 */
		EEnum GUIDANCE_SECTION_KIND = eINSTANCE.getGuidanceSectionKind();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.ReviewState <em>Review State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.ReviewState
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getReviewState()
		 * @generated
		 */
		EEnum REVIEW_STATE = eINSTANCE.getReviewState();

		/**
		 * The meta object literal for the '{@link org.curriculum.model.CoverageLevel <em>Coverage Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.curriculum.model.CoverageLevel
		 * @see org.curriculum.model.impl.CurriculumPackageImpl#getCoverageLevel()
		 * @generated
		 */
		EEnum COVERAGE_LEVEL = eINSTANCE.getCoverageLevel();

	}

} //CurriculumPackage
