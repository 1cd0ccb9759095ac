/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Curriculum</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a curriculum file: an occupational curriculum or a regulated qualification specification.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.Curriculum#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.curriculum.model.Curriculum#getComponents <em>Components</em>}</li>
 *   <li>{@link org.curriculum.model.Curriculum#getQualifications <em>Qualifications</em>}</li>
 *   <li>{@link org.curriculum.model.Curriculum#getGuidanceDocuments <em>Guidance Documents</em>}</li>
 *   <li>{@link org.curriculum.model.Curriculum#getListings <em>Listings</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getCurriculum()
 * @model
 * @generated
 */
public interface Curriculum extends Framework {
	/**
	 * Returns the value of the '<em><b>Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profile</em>' containment reference.
	 * @see #setProfile(OccupationalProfile)
	 * @see org.curriculum.model.CurriculumPackage#getCurriculum_Profile()
	 * @model containment="true"
	 * @generated
	 */
	OccupationalProfile getProfile();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Curriculum#getProfile <em>Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' containment reference.
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(OccupationalProfile value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.CurriculumComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getCurriculum_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<CurriculumComponent> getComponents();

	/**
	 * Returns the value of the '<em><b>Qualifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.Qualification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qualifications</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getCurriculum_Qualifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Qualification> getQualifications();

	/**
	 * Returns the value of the '<em><b>Guidance Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.GuidanceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance Documents</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getCurriculum_GuidanceDocuments()
	 * @model containment="true"
	 * @generated
	 */
	EList<GuidanceDocument> getGuidanceDocuments();

	/**
	 * Returns the value of the '<em><b>Listings</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.DocumentListing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lists of components as the source document prints them (contents list, summary tables), kept so that validation can compare them with the components themselves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Listings</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getCurriculum_Listings()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentListing> getListings();

} // Curriculum
