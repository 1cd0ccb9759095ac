/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Occupational Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.OccupationalProfile#getOfoCode <em>Ofo Code</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalProfile#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalProfile#getRelatedOccupations <em>Related Occupations</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalProfile#getSpecialisations <em>Specialisations</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalProfile#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalProfile#getScope <em>Scope</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalProfile#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getOccupationalProfile()
 * @model
 * @generated
 */
public interface OccupationalProfile extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Ofo Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ofo Code</em>' attribute.
	 * @see #setOfoCode(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalProfile_OfoCode()
	 * @model
	 * @generated
	 */
	String getOfoCode();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalProfile#getOfoCode <em>Ofo Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ofo Code</em>' attribute.
	 * @see #getOfoCode()
	 * @generated
	 */
	void setOfoCode(String value);

	/**
	 * Returns the value of the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occupation</em>' attribute.
	 * @see #setOccupation(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalProfile_Occupation()
	 * @model
	 * @generated
	 */
	String getOccupation();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalProfile#getOccupation <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupation</em>' attribute.
	 * @see #getOccupation()
	 * @generated
	 */
	void setOccupation(String value);

	/**
	 * Returns the value of the '<em><b>Related Occupations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related Occupations</em>' attribute list.
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalProfile_RelatedOccupations()
	 * @model
	 * @generated
	 */
	EList<String> getRelatedOccupations();

	/**
	 * Returns the value of the '<em><b>Specialisations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specialisations</em>' attribute list.
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalProfile_Specialisations()
	 * @model
	 * @generated
	 */
	EList<String> getSpecialisations();

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalProfile_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalProfile#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalProfile_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalProfile#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.OccupationalTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalProfile_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<OccupationalTask> getTasks();

} // OccupationalProfile
